import { ShownFinding } from '../../sheet/findings';

/** At most this many findings of one kind are listed one by one; more become one line with their count. */
export const LISTED_ONE_BY_ONE = 3;

export type FindingEntry = { readonly finding: ShownFinding } | { readonly group: readonly ShownFinding[] };

/**
 * The findings to print, of one kind together, each kind where it first appears. Findings are of one kind
 * when they have the same severity, code and advice: the same problem with the same remedy, differing at
 * most in the particulars of the message (a value, a week, a count), so one line with the count and the
 * first cells tells what ten thousand would. A kind of at most {@link LISTED_ONE_BY_ONE} is listed in full.
 */
export function groupFindings(findings: readonly ShownFinding[]): FindingEntry[] {
  const kinds = new Map<string, ShownFinding[]>();
  for (const finding of findings) {
    const kind = JSON.stringify([finding.severity, finding.code, finding.action]);
    const members = kinds.get(kind);
    if (members) members.push(finding);
    else kinds.set(kind, [finding]);
  }
  return [...kinds.values()].flatMap((members): FindingEntry[] =>
    members.length > LISTED_ONE_BY_ONE ? [{ group: members }] : members.map((finding) => ({ finding })),
  );
}

/**
 * Cells as a reader scans them: the sheet named once while it stays the same
 * (`Candidates!H14, H15, 'Other sheet'!B2`); names of contract terms stay whole.
 */
export function cellList(addresses: readonly string[]): string {
  let sheet: string | undefined;
  return addresses
    .map((address) => {
      const bang = address.lastIndexOf('!');
      const own = bang < 0 ? undefined : address.slice(0, bang);
      const shown = own !== undefined && own === sheet ? address.slice(bang + 1) : address;
      sheet = own;
      return shown;
    })
    .join(', ');
}
