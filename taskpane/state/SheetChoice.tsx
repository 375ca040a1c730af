import { createContext, ReactNode, useContext, useMemo, useState } from 'react';
import { CheckRequest } from '../../src/jobs/checkJob';

/** The candidate sheet and header row the user chose in the Check view; every view's jobs use them. */
type SheetChoiceValue = readonly [CheckRequest, (choice: CheckRequest) => void];

const SheetChoiceContext = createContext<SheetChoiceValue>([{}, () => undefined]);

export function SheetChoiceProvider({ children }: { children: ReactNode }) {
  const [choice, setChoice] = useState<CheckRequest>({});
  const value = useMemo(() => [choice, setChoice] as const, [choice]);
  return <SheetChoiceContext.Provider value={value}>{children}</SheetChoiceContext.Provider>;
}

export function useSheetChoice(): SheetChoiceValue {
  return useContext(SheetChoiceContext);
}
