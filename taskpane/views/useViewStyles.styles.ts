import { makeStyles, tokens } from '@fluentui/react-components';

/** What every view shares: a column of sections, form controls that fill the pane's width. */
export const useViewStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL, minWidth: 0 },
  controls: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  actions: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
  table: { tableLayout: 'auto', width: '100%' },
  number: { textAlign: 'end', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  /** A header cell's content is a flex row: this puts an amount column's header over its right-aligned figures. */
  numberHeader: { justifyContent: 'flex-end', textAlign: 'end' },
  /** Week labels and the like, which must not break in a narrow pane. */
  nowrap: { whiteSpace: 'nowrap' },
  scroll: { overflowX: 'auto', maxWidth: '100%' },
  /** A long table scrolls in a box of its own, with its header kept in view. */
  lines: { overflow: 'auto', maxWidth: '100%', maxHeight: 'min(70vh, 640px)' },
  stickyHeader: { position: 'sticky', top: 0, zIndex: 1, backgroundColor: tokens.colorNeutralBackground1 },
  steps: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    overflowWrap: 'anywhere',
  },
});
