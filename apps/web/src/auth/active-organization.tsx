import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

interface ActiveOrganizationValue {
  readonly slug: string | undefined;
  choose(slug: string | undefined): void;
}

const ActiveOrganizationContext = createContext<ActiveOrganizationValue>({ slug: undefined, choose: () => undefined });

const storageKey = (userId: string) => `portal.activeOrganization.${userId}`;

/** The organisation a member of several works for; kept per user for the browser session. */
export function ActiveOrganizationProvider({ userId, children }: { readonly userId: string | undefined; readonly children: ReactNode }) {
  const [choices, setChoices] = useState<Record<string, string | undefined>>({});
  const stored = userId ? (choices[userId] ?? sessionStorage.getItem(storageKey(userId)) ?? undefined) : undefined;
  const choose = useCallback(
    (slug: string | undefined) => {
      if (!userId) return;
      if (slug) sessionStorage.setItem(storageKey(userId), slug);
      else sessionStorage.removeItem(storageKey(userId));
      setChoices((current) => ({ ...current, [userId]: slug }));
    },
    [userId],
  );
  const value = useMemo(() => ({ slug: stored, choose }), [stored, choose]);
  return <ActiveOrganizationContext.Provider value={value}>{children}</ActiveOrganizationContext.Provider>;
}

export function useActiveOrganization(): ActiveOrganizationValue {
  return useContext(ActiveOrganizationContext);
}
