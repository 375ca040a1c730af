import fs from 'fs';
import path from 'path';
import ts from 'typescript';

/** One Office.js member the code touches, where, and the requirement sets @types/office-js names for it. */
export interface OfficeApiUse {
  readonly member: string;
  readonly at: string;
  /** The `[Api set: …]` notes of its declaration, e.g. `ExcelApi 1.7`; empty for the Common API. */
  readonly notes: readonly string[];
}

const ROOT = path.join(__dirname, '../..');
const OFFICE_TYPES = `${path.sep}@types${path.sep}office-js${path.sep}`;

/**
 * Every Office.js member the given files use: property accesses and calls, destructured properties, and the
 * property names in `load('a,items/b')` strings, each resolved by the TypeScript checker to its declaration
 * in @types/office-js, whose doc comment says which requirement set brought it.
 */
export function officeApiUses(files: readonly string[]): OfficeApiUse[] {
  const config = ts.getParsedCommandLineOfConfigFile(
    path.join(ROOT, 'tsconfig.json'),
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} },
  );
  const program = ts.createProgram(files, { ...config!.options, noEmit: true, types: ['office-js'] });
  const checker = program.getTypeChecker();
  const uses: OfficeApiUse[] = [];
  const record = (symbol: ts.Symbol | undefined, node: ts.Node) => {
    for (const declaration of symbol?.declarations ?? []) {
      const source = declaration.getSourceFile();
      if (!path.normalize(source.fileName).includes(OFFICE_TYPES)) continue;
      const comment = source.text.slice(declaration.getFullStart(), declaration.getStart());
      const owner =
        ts.isClassLike(declaration.parent) || ts.isInterfaceDeclaration(declaration.parent) ? declaration.parent.name?.text : '';
      const position = node.getSourceFile().getLineAndCharacterOfPosition(node.getStart());
      uses.push({
        member: `${owner}.${symbol!.name}`,
        at: `${path.relative(ROOT, node.getSourceFile().fileName)}:${position.line + 1}`,
        notes: [...comment.matchAll(/\[Api set: ([^\]]+)\]/g)].map((match) => match[1]),
      });
    }
  };
  const loaded = (type: ts.Type, names: string, node: ts.Node) => {
    for (const name of names.split(',').map((each) => each.trim())) {
      const [first, rest] = name.split('/');
      if (rest === undefined) {
        record(type.getProperty(first), node);
        continue;
      }
      const items = type.getProperty(first);
      const itemType = items && checker.getTypeOfSymbolAtLocation(items, node);
      const element = itemType && checker.getIndexTypeOfType(itemType, ts.IndexKind.Number);
      record(element?.getProperty(rest), node);
    }
  };
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAccessExpression(node)) record(checker.getSymbolAtLocation(node.name), node);
    if (ts.isBindingElement(node) && ts.isObjectBindingPattern(node.parent) && ts.isVariableDeclaration(node.parent.parent)) {
      const source = node.parent.parent.initializer;
      const name = (node.propertyName ?? node.name) as ts.Identifier;
      if (source) record(checker.getTypeAtLocation(source).getProperty(name.text), node);
    }
    if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      node.expression.name.text === 'load' &&
      node.arguments.length === 1 &&
      ts.isStringLiteralLike(node.arguments[0])
    )
      loaded(checker.getTypeAtLocation(node.expression.expression), node.arguments[0].text, node);
    ts.forEachChild(node, visit);
  };
  for (const file of files) visit(program.getSourceFile(file)!);
  return uses;
}

/** The TypeScript files of a folder, tests excluded. */
export function sourceFiles(folder: string): string[] {
  return fs
    .readdirSync(folder)
    .filter((name) => /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name))
    .map((name) => path.join(folder, name));
}

/** The newest version of `set` a note names (`ExcelApi 1.1 for get, 1.8 for set` gives 1.8): a conservative reading. */
export function newestVersion(note: string, set: string): number[] | undefined {
  if (!note.startsWith(`${set} `)) return undefined;
  const versions = [...note.matchAll(/\b1\.(\d+)\b/g)].map((match) => [1, Number(match[1])]);
  return versions.sort(compareVersions).at(-1);
}

export function compareVersions(a: readonly number[], b: readonly number[]): number {
  return a[0] - b[0] || a[1] - b[1];
}
