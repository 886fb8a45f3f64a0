import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { ERROR_MESSAGES } from '@portal/shared-domain';
import { errorMessageOf } from '../graphql/error-code';
import { useLocale } from '../i18n/use-locale';
import { ConfirmDialog } from './confirm-dialog';
import '../styles/forms.css';

/** The words of a record's archive section, in the record's own grammar ("initiativet … det", "metoden … den"). */
export interface ArchiveTexts {
  readonly heading: string;
  readonly intro: string;
  readonly archived: string;
  readonly archive: string;
  readonly restore: string;
  readonly archivedDone: string;
  readonly restoredDone: string;
  readonly confirmTitle: string;
  readonly confirmMessage: string;
  readonly confirmArchive: string;
}

/** What an archive or restore mutation gave: the record as it is now, or the error. */
export interface ArchiveOutcome<T> {
  readonly next?: T | undefined;
  readonly error?: CombinedError | undefined;
}

interface ArchiveSectionProps<T> {
  readonly archived: boolean;
  readonly texts: ArchiveTexts;
  readonly archive: () => Promise<ArchiveOutcome<T>>;
  readonly restore: () => Promise<ArchiveOutcome<T>>;
  readonly onChanged: (next: T, notice: string) => void;
}

/** Archive (after a confirmation) or restore a record from its edit page; a failure is said and focused. */
export function ArchiveSection<T>({ archived, texts, archive, restore, onChanged }: ArchiveSectionProps<T>) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const failureRef = useRef<HTMLDivElement>(null);

  async function run(action: () => Promise<ArchiveOutcome<T>>, notice: string) {
    setConfirming(false);
    const { next, error } = await action();
    if (next !== undefined && !error) return onChanged(next, notice);
    flushSync(() => setFailure(error ? errorMessageOf(error, locale) : ERROR_MESSAGES.INTERNAL[locale]));
    failureRef.current?.focus();
  }

  return (
    <section className="side-section" aria-labelledby="arkivera-rubrik">
      <h2 id="arkivera-rubrik">{texts.heading}</h2>
      {failure && (
        <div ref={failureRef} tabIndex={-1} role="alert" className="alert alert--error">
          <p>{failure}</p>
        </div>
      )}
      <p>{archived ? texts.archived : texts.intro}</p>
      {archived ? (
        <button type="button" className="button" onClick={() => void run(restore, texts.restoredDone)}>
          {texts.restore}
        </button>
      ) : (
        <button type="button" className="button button--secondary" onClick={() => setConfirming(true)}>
          {texts.archive}
        </button>
      )}
      <ConfirmDialog
        open={confirming}
        title={texts.confirmTitle}
        message={texts.confirmMessage}
        confirmLabel={texts.confirmArchive}
        cancelLabel={t('forms.cancel')}
        onConfirm={() => void run(archive, texts.archivedDone)}
        onCancel={() => setConfirming(false)}
      />
    </section>
  );
}
