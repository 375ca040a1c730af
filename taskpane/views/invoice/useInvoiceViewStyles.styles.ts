import { makeStyles, tokens } from '@fluentui/react-components';

export const useInvoiceViewStyles = makeStyles({
  progress: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  outcome: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, outlineStyle: 'none' },
});
