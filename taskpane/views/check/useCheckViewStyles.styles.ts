import { makeStyles, tokens } from '@fluentui/react-components';

export const useCheckViewStyles = makeStyles({
  summary: { color: tokens.colorNeutralForeground2 },
});
