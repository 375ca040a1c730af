import { makeStyles, tokens } from '@fluentui/react-components';
import { ReactNode } from 'react';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, margin: 0 },
  row: { display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between', alignItems: 'baseline', columnGap: tokens.spacingHorizontalM },
  label: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, marginLeft: 'auto', textAlign: 'end', fontVariantNumeric: 'tabular-nums', fontWeight: tokens.fontWeightSemibold },
});

export interface Figure {
  readonly label: string;
  readonly value: ReactNode;
}

/** Labelled figures; a value that does not fit beside its label in a narrow pane moves below it. */
export function Figures({ items }: { items: readonly (Figure | false | undefined)[] }) {
  const styles = useStyles();
  return (
    <dl className={styles.list}>
      {items
        .filter((item): item is Figure => Boolean(item))
        .map((item) => (
          <div key={item.label} className={styles.row}>
            <dt className={styles.label}>{item.label}</dt>
            <dd className={styles.value}>{item.value}</dd>
          </div>
        ))}
    </dl>
  );
}
