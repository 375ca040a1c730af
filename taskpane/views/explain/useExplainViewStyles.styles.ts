import { makeStyles, tokens } from '@fluentui/react-components';

export const useExplainViewStyles = makeStyles({
  address: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    rowGap: tokens.spacingVerticalS,
    '& > :first-child': { alignSelf: 'stretch' },
  },
});
