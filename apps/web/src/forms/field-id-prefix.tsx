import { createContext, useCallback, useContext, type ReactNode } from 'react';

// Field ids are built from a field path (`partners.1.name`) under a per-form prefix, so links from
// the error summary, aria-describedby and tests can name a control without the form wiring ids by hand.
const FieldIdPrefixContext = createContext('falt');

/** The DOM id of the control for a field path under a prefix: `initiativ` + `partners.1.name` → `initiativ-partners-1-name`. */
export function fieldIdOf(prefix: string, path: string): string {
  return `${prefix}-${path.replace(/\./g, '-')}`;
}

/** The first control of a CheckboxGroup or RadioGroup: where focus goes for an error on the whole group. */
export const choicesTargetId = (groupId: string): string => `${groupId}-0`;

/** The add button of RepeatableRows: where focus goes for an error on the whole list. */
export const rowsTargetId = (listId: string): string => `${listId}-add`;

/** Puts every field inside under one id prefix, e.g. `initiativ`; pick one per form on a page. */
export function FieldIdPrefix({ prefix, children }: { readonly prefix: string; readonly children: ReactNode }) {
  return <FieldIdPrefixContext.Provider value={prefix}>{children}</FieldIdPrefixContext.Provider>;
}

/** The id function of the surrounding form: path → DOM id. */
export function useFieldId(): (path: string) => string {
  const prefix = useContext(FieldIdPrefixContext);
  return useCallback((path: string) => fieldIdOf(prefix, path), [prefix]);
}
