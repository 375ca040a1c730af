import { Body1, makeStyles, Subtitle1, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL },
});

export function App() {
  const styles = useStyles();
  return (
    <main className={styles.root}>
      <Subtitle1 as="h1">Outcome settlement</Subtitle1>
      <Body1>The SIB functions are ready in formulas, e.g. =SIB.RESULTPAYMENT(F12, SIB_WeeklyRate, SIB_PartialRate).</Body1>
      <Body1>The task pane — contract terms, sheet check, invoice builder and statement check — is coming.</Body1>
    </main>
  );
}
