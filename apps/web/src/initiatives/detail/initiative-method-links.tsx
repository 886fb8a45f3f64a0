import { useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { methodPath } from '../../app/site-map';
import { FieldIdPrefix } from '../../forms/field-id-prefix';
import { SelectField } from '../../forms/form-fields';
import type { InitiativePageDetailQuery } from '../../gql/graphql';
import { errorMessageOf } from '../../graphql/error-code';
import { useLocale } from '../../i18n/use-locale';
import { initiativeMethodChoicesQuery, linkInitiativeMethodMutation, unlinkInitiativeMethodMutation } from './initiative-queries';

type MethodRef = InitiativePageDetailQuery['initiative']['methodRefs'][number];

// Naming the types makes urql's cache fetch the page (and the method's page) again.
const CHANGED = { additionalTypenames: ['Initiative', 'Method', 'InitiativeChange'] };

/** The owner's select of readable methods not linked yet, and its button. */
function LinkMethodForm({
  initiativeId,
  linked,
  onDone,
}: {
  readonly initiativeId: string;
  readonly linked: readonly MethodRef[];
  readonly onDone: (kind: 'ok' | 'error', text: string) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [{ data }] = useQuery({ query: initiativeMethodChoicesQuery });
  const [, link] = useMutation(linkInitiativeMethodMutation);
  const [methodId, setMethodId] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const linkedIds = new Set(linked.map((method) => method.id));
  const options = (data?.methods?.edges ?? []).filter((edge) => !linkedIds.has(edge.node.id)).map((edge) => ({ value: edge.node.id, label: edge.node.name }));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!methodId) {
      flushSync(() => setError(t('register.detail.methodLinkChoose')));
      document.getElementById('initiativ-metod-methodId')?.focus();
      return;
    }
    setError(undefined);
    const name = options.find((option) => option.value === methodId)?.label ?? '';
    const result = await link({ initiativeId, methodId }, CHANGED);
    if (result.error) return onDone('error', errorMessageOf(result.error, locale));
    setMethodId('');
    onDone('ok', t('register.detail.methodLinked', { name }));
  }

  return (
    <FieldIdPrefix prefix="initiativ-metod">
      <form className="initiative-method-link" noValidate onSubmit={(event) => void submit(event)}>
        <SelectField
          path="methodId"
          label={t('register.detail.methodLinkLabel')}
          hint={t('register.detail.methodLinkHint')}
          placeholder={t('forms.select')}
          options={options}
          error={error}
          value={methodId}
          onChange={setMethodId}
        />
        <button type="submit" className="button button--secondary">
          {t('register.detail.methodLink')}
        </button>
      </form>
    </FieldIdPrefix>
  );
}

/** The methods from the method bank the initiative uses, linked to their pages; the owner may link and unlink. */
export function InitiativeMethodLinks({
  initiativeId,
  methods,
  canEdit,
}: {
  readonly initiativeId: string;
  readonly methods: readonly MethodRef[];
  readonly canEdit: boolean;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [, unlink] = useMutation(unlinkInitiativeMethodMutation);
  const [message, setMessage] = useState<{ readonly kind: 'ok' | 'error'; readonly text: string } | null>(null);
  const messageRef = useRef<HTMLDivElement>(null);
  // A removed item leaves the list; focus goes to the message instead of being lost.
  const report = (kind: 'ok' | 'error', text: string) => {
    flushSync(() => setMessage({ kind, text }));
    messageRef.current?.focus();
  };

  async function remove(method: MethodRef) {
    const result = await unlink({ initiativeId, methodId: method.id }, CHANGED);
    if (result.error) return report('error', errorMessageOf(result.error, locale));
    report('ok', t('register.detail.methodUnlinked', { name: method.name }));
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
      {methods.length === 0 ? (
        <p>{t('register.detail.methodRefsEmpty')}</p>
      ) : (
        <ul>
          {methods.map((method) => (
            <li key={method.id}>
              <Link to={methodPath(method.id)}>{method.name}</Link>
              {canEdit && (
                <>
                  {' '}
                  <button
                    type="button"
                    className="button button--secondary"
                    aria-label={t('register.detail.methodUnlinkLabel', { name: method.name })}
                    onClick={() => void remove(method)}
                  >
                    {t('register.detail.methodUnlink')}
                  </button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {canEdit && <LinkMethodForm initiativeId={initiativeId} linked={methods} onDone={report} />}
    </>
  );
}
