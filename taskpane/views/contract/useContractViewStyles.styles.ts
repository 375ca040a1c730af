import { makeStyles, tokens } from '@fluentui/react-components';

export const useContractViewStyles = makeStyles({
  fields: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, margin: 0, padding: 0, border: 'none', minWidth: 0 },
  legend: { paddingLeft: 0, paddingRight: 0, marginBottom: tokens.spacingVerticalS, color: tokens.colorNeutralForeground3 },
  changed: { fontWeight: tokens.fontWeightSemibold },
});
