import { useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { isLocale, isMailTopic, MAIL_TOPICS, readMailStopToken } from '@portal/shared-domain';
import { errorMessageOf } from '../graphql/error-code';
import { useLocale } from '../i18n/use-locale';
import { Page } from '../shell/page';
import { useMailTranslation } from './mail.i18n';
import { stopMailMutation } from './stop-mail-queries';

type Outcome = { readonly kind: 'done'; readonly email: string; readonly topic: string } | { readonly kind: 'error'; readonly text: string };

/**
 * Where a mail's stop link leads (`/e-post/avsluta?t=…`). It asks before it stops anything:
 * mail scanners and link previews open links on their own, and must not stop anyone's mail.
 * The token's address and topic are shown as the link states them; the API checks the signature.
 */
export function StopMailPage() {
  const { t, i18n } = useMailTranslation();
  const locale = useLocale();
  const [params] = useSearchParams();
  const token = params.get('t') ?? '';
  const read = readMailStopToken(token);
  const [{ fetching }, stopMail] = useMutation(stopMailMutation);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const outcomeRef = useRef<HTMLDivElement>(null);

  // The mail's language (`sprak=en` in English mails), unless the reader has switched since.
  const requested = params.get('sprak');
  useEffect(() => {
    if (isLocale(requested) && requested !== i18n.language) void i18n.changeLanguage(requested);
    // Only on arrival: switching language on the page afterwards must stick.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const what = (topic: string) => (isMailTopic(topic) ? MAIL_TOPICS[topic][locale] : topic);

  async function confirm() {
    const result = await stopMail({ token });
    flushSync(() =>
      setOutcome(
        result.data
          ? { kind: 'done', ...result.data.stopMail }
          : { kind: 'error', text: result.error ? errorMessageOf(result.error, locale) : t('mail.invalid') },
      ),
    );
    outcomeRef.current?.focus();
  }

  return (
    <Page title={t('mail.title')}>
      <div
        ref={outcomeRef}
        tabIndex={-1}
        role={outcome?.kind === 'error' ? 'alert' : 'status'}
        className={outcome ? (outcome.kind === 'done' ? 'notice' : 'alert alert--error') : undefined}
      >
        {outcome?.kind === 'done' && (
          <>
            <p>{t('mail.done', { what: what(outcome.topic), email: outcome.email })}</p>
            <p>{t('mail.doneHint')}</p>
          </>
        )}
        {outcome?.kind === 'error' && <p>{outcome.text}</p>}
      </div>
      {!read && (
        <div role="alert" className="alert alert--error">
          <p>{t('mail.invalid')}</p>
        </div>
      )}
      {read && outcome?.kind !== 'done' && (
        <>
          <p>{t('mail.question', { what: what(read.claim.topic), email: read.claim.email })}</p>
          <p>{t('mail.hint')}</p>
          <button type="button" className="button" disabled={fetching} onClick={() => void confirm()}>
            {fetching ? t('mail.stopping') : t('mail.confirm')}
          </button>
        </>
      )}
    </Page>
  );
}
