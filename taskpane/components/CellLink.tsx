import { Caption1, Link, makeStyles, tokens } from '@fluentui/react-components';
import { ReactNode } from 'react';
import { useHost } from '../host/HostContext';
import { useTask } from '../state/useTask';

const useStyles = makeStyles({
  error: { color: tokens.colorPaletteRedForeground1, display: 'block' },
  link: { textAlign: 'start', overflowWrap: 'anywhere' },
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
