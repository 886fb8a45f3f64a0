import { useCallback, useRef, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';

export interface ActionMessageState {
  readonly kind: 'ok' | 'error';
  readonly text: string;
}

/**
 * The outcome of a button that acts at once (accept, approve, remove …). The button often leaves
 * the page with its row, so focus moves to the message, which is also a live region.
 */
export function useActionMessage() {
  const [message, setMessage] = useState<ActionMessageState | null>(null);
  const ref = useRef<HTMLDivElement>(null);
  const report = useCallback((kind: ActionMessageState['kind'], text: string) => {
    flushSync(() => setMessage({ kind, text }));
    ref.current?.focus();
  }, []);
  return { message, report, ref };
}

/** Always in the page (empty until something happened), so screen readers hear it change. */
export function ActionMessage({ message, messageRef }: { readonly message: ActionMessageState | null; readonly messageRef: RefObject<HTMLDivElement | null> }) {
  return (
    <div
      ref={messageRef}
      tabIndex={-1}
      role={message?.kind === 'error' ? 'alert' : 'status'}
      className={message ? (message.kind === 'ok' ? 'notice' : 'alert alert--error') : undefined}
    >
      {message && <p>{message.text}</p>}
    </div>
  );
}
