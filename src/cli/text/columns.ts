export type Alignment = 'left' | 'right';

/**
 * Rows of cells as aligned columns, two spaces apart and indented by two, the first row being the header:
 * numbers and their headers align right, so digits line up under each other.
 */
export function columns(rows: readonly (readonly string[])[], alignment: readonly Alignment[]): string[] {
  const widths = alignment.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  return rows.map((row) =>
    `  ${alignment
      .map((align, column) =>
        align === 'right' ? (row[column] ?? '').padStart(widths[column]) : (row[column] ?? '').padEnd(widths[column]),
      )
      .join('  ')}`.trimEnd(),
  );
}
