import { Caption1, Link, makeStyles, tokens } from '@fluentui/react-components';
import { ReactNode } from 'react';
import { useHost } from '../host/HostContext';
import { useTask } from '../state/useTask';

const useStyles = makeStyles({
  error: { color: tokens.colorPaletteRedForeground1, display: 'block' },
  // A link in a sentence or a table cell reads in the text's own size, not the larger one of a stand-alone link.
  link: { textAlign: 'start', overflowWrap: 'anywhere', fontSize: 'inherit', lineHeight: 'inherit' },
});

/** A cell address (or any label for one) that selects the cell in the workbook. */
export function CellLink({ address, children }: { address: string; children?: ReactNode }) {
  const host = useHost();
  const styles = useStyles();
  const [navigation, select] = useTask(() => host.select(address));
  return (
    <>
      <Link as="button" className={styles.link} onClick={() => void select()}>
        {children ?? address}
      </Link>
      {navigation.status === 'failed' && (
        <Caption1 role="alert" className={styles.error}>
          {navigation.error}
        </Caption1>
      )}
    </>
  );
}
