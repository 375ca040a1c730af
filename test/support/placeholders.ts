/** The `{name}` placeholders of a catalogue text, sorted, so two languages' texts of one key can be compared. */
export function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
}
