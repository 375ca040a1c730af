import fs from 'fs';
import path from 'path';
import outputs from '../../build/outputs.json';
import { productionBuild } from '../support/productionBuild';

interface Metadata {
  allowErrorForDataTypeAny?: boolean;
  functions: { id: string; parameters: { name: string; type?: string }[] }[];
}

let dist: string;
const metadata = (file: string): Metadata => JSON.parse(fs.readFileSync(path.join(dist, file), 'utf8'));

beforeAll(async () => {
  dist = await productionBuild();
}, 300_000);

describe('functions.json lets error values in (allowErrorForDataTypeAny)', () => {
  test.each([outputs.functionsMetadata, outputs.functionsMetadataDanish])('%s sets it', (file) => {
    expect(metadata(file).allowErrorForDataTypeAny).toBe(true);
  });

  test('it applies to every parameter: each is of type any', () => {
    const parameters = metadata(outputs.functionsMetadata).functions.flatMap((fn) =>
      fn.parameters.map((p) => `${fn.id}(${p.name}): ${p.type}`),
    );
    expect(parameters.length).toBeGreaterThan(20);
    for (const parameter of parameters) expect(parameter).toMatch(/: any$/);
  });
});
