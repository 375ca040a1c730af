/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import { Language } from '../../../src/engine/messages';
import { stringsFor } from '../../i18n/I18nContext';
import { InvoicePreviewView } from './InvoicePreview';

/** A week with more lines than a sheet holds under the invoice's header: the engine refuses it before settling. */
function showTooManyLines(language: Language) {
  render(
    <FluentProvider theme={webLightTheme}>
      <InvoicePreviewView
        preview={{ kind: 'refused', refusal: { refused: 'too-many-lines', week: '2019-W30', lines: 1_048_575, limit: 1_048_559 } }}
        strings={stringsFor(language)}
      />
    </FluentProvider>,
  );
}

describe('InvoicePreviewView', () => {
  test('an invoice too tall for one sheet is refused with the counts, and what to do, in English', () => {
    showTooManyLines('en');
    expect(screen.getByText(/^2019-W30 would have 1,048,575 lines, more than the 1,048,559 an Excel sheet holds/)).toBeTruthy();
    expect(screen.getByText(/Split the candidates between workbooks of at most 1,048,559 candidates each\.$/)).toBeTruthy();
  });

  test('the same refusal in Danish, with Danish grouping', () => {
    showTooManyLines('da');
    expect(screen.getByText(/^2019-W30 ville få 1\.048\.575 linjer, flere end de 1\.048\.559/)).toBeTruthy();
  });
});
