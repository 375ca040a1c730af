import { Button, makeStyles } from '@fluentui/react-components';
import { ReactElement, useRef } from 'react';

const useStyles = makeStyles({
  hidden: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clipPath: 'inset(50%)', whiteSpace: 'nowrap' },
});

export const XLSX_TYPES = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * A button that opens the system's file chooser. The file input itself stays out of the tab order and
 * out of sight; the button is what keyboard and screen-reader users meet, and it names what it opens.
 */
export function FilePicker({
  label,
  onFile,
  icon,
  inputLabel,
  appearance,
}: {
  label: string;
  inputLabel: string;
  onFile: (file: File) => void;
  icon?: ReactElement;
  appearance?: 'primary' | 'secondary';
}) {
  const input = useRef<HTMLInputElement>(null);
  const styles = useStyles();
  return (
    <>
      <Button icon={icon} appearance={appearance} onClick={() => input.current?.click()}>
        {label}
      </Button>
      <input
        ref={input}
        className={styles.hidden}
        type="file"
        accept={XLSX_TYPES}
        tabIndex={-1}
        aria-label={inputLabel}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
    </>
  );
}
