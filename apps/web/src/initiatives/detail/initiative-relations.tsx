import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, type CombinedError } from 'urql';
import { ERROR_MESSAGES, RELATION_KINDS } from '@portal/shared-domain';
import { initiativePath } from '../../app/site-map';
import type { InitiativePageDetailQuery } from '../../gql/graphql';
import { errorCodeOf } from '../../graphql/error-code';
import { useLocale } from '../../i18n/use-locale';
import { ConfirmDialog } from '../../forms/confirm-dialog';
import { yearSpan } from '../shared/initiative-format';
import { removeRelationFromPageMutation } from './initiative-queries';

type Initiative = InitiativePageDetailQuery['initiative'];
type Relation = Initiative['relations'][number];
type LinkedInitiative = Pick<Relation['other'], 'id' | 'title' | 'startDate' | 'endDate'>;

/** A link to another initiative with its years, as in the pearl string. */
export function PearlLink({ initiative }: { readonly initiative: LinkedInitiative }) {
  const years = yearSpan(initiative.startDate, initiative.endDate);
  return (
    <>
      <Link to={initiativePath(initiative.id)}>{initiative.title}</Link>
      {years && <span className="pearl-string__years"> ({years})</span>}
    </>
  );
}

/**
 * The relations from both ends, who added each, and a remove button where the active
 * organisation owns either end (the API's `canRemove`; the database enforces the same rule).
 */
export function InitiativeRelations({ relations }: { readonly relations: readonly Relation[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [, remove] = useMutation(removeRelationFromPageMutation);
  const [confirming, setConfirming] = useState<{ readonly id: string; readonly name: string } | null>(null);
  const [message, setMessage] = useState<{ readonly kind: 'ok' | 'error'; readonly text: string } | null>(null);
  const messageRef = useRef<HTMLDivElement>(null);

  const labelOf = (relation: Relation) => {
    const kind = RELATION_KINDS.find((term) => term.code === relation.kind);
    return kind ? (relation.direction === 'OUTGOING' ? kind.label : kind.incoming)[locale] : relation.kind;
  };
  // The removed item leaves the list; focus goes to the message instead of being lost.
  const report = (kind: 'ok' | 'error', text: string) => {
    flushSync(() => setMessage({ kind, text }));
    messageRef.current?.focus();
  };
  const failure = (error: CombinedError) => {
    const code = errorCodeOf(error);
    const serverMessage = error.graphQLErrors[0]?.message;
    return serverMessage && code !== 'INTERNAL' ? serverMessage : ERROR_MESSAGES[code][locale];
  };

  async function confirmRemoval() {
    if (!confirming) return;
    const { id, name } = confirming;
    setConfirming(null);
    // Naming the types makes urql's cache fetch the page and its history again.
    const result = await remove({ id }, { additionalTypenames: ['Initiative', 'InitiativeRelation', 'HistoryEntry'] });
    if (result.error) return report('error', failure(result.error));
    report('ok', t('register.detail.relationRemoved', { relation: name }));
  }

  return (
    <>
      {message && (
        <div
          ref={messageRef}
          tabIndex={-1}
          role={message.kind === 'ok' ? 'status' : 'alert'}
          className={message.kind === 'ok' ? 'notice' : 'alert alert--error'}
        >
          <p>{message.text}</p>
        </div>
      )}
      {relations.length === 0 ? (
        <p>{t('register.detail.relationsEmpty')}</p>
      ) : (
        <ul>
          {relations.map((relation) => {
            const label = labelOf(relation);
            const name = `${label}: ${relation.other.title}`;
            return (
              <li key={relation.id}>
                {label}: <PearlLink initiative={relation.other} />
                {relation.note && (
                  <>
                    <br />
                    <span className="hint">{t('register.detail.relationNote', { note: relation.note })}</span>
                  </>
                )}
                <br />
                <span className="hint">{t('register.detail.relationAddedBy', { organization: relation.addedBy.name })}</span>
                {relation.canRemove && (
                  <div>
                    <button
                      type="button"
                      className="button button--secondary"
                      aria-label={t('register.detail.relationRemoveLabel', { relation: name })}
                      onClick={() => setConfirming({ id: relation.id, name })}
                    >
                      {t('register.detail.relationRemove')}
                    </button>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <ConfirmDialog
        open={confirming !== null}
        title={t('register.detail.relationConfirmTitle')}
        message={t('register.detail.relationConfirmMessage', { relation: confirming?.name ?? '' })}
        confirmLabel={t('register.detail.relationConfirm')}
        cancelLabel={t('register.detail.relationCancel')}
        onConfirm={() => void confirmRemoval()}
        onCancel={() => setConfirming(null)}
      />
    </>
  );
}
