import { useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { Link } from 'react-router';
import { useClient, useMutation, useQuery, type CombinedError } from 'urql';
import { RELATION_KINDS } from '@portal/shared-domain';
import { initiativePath } from '../../app/site-map';
import { errorMessageOf } from '../../graphql/error-code';
import { QueryErrorAlert } from '../../graphql/query-error-alert';
import { useLocale } from '../../i18n/use-locale';
import { describedBy, SelectField, TextAreaField } from '../../forms/form-fields';
import { serverFieldErrors } from '../../forms/form-errors';
import { addRelationMutation, initiativeRelationsQuery, relationTargetSearchQuery, removeRelationMutation } from './initiative-form-queries';
import { useInitiativeFormTranslation } from './initiative-form.i18n';

type Target = { readonly id: string; readonly title: string; readonly organizationName: string };

/** The edit page's relations: list them, remove those the organisation may (it owns either end), add one to another initiative. */
export function RelationsSection({ initiativeId }: { readonly initiativeId: string }) {
  const { t } = useInitiativeFormTranslation();
  const locale = useLocale();
  const client = useClient();
  const [{ data, error }, reexecute] = useQuery({ query: initiativeRelationsQuery, variables: { id: initiativeId }, requestPolicy: 'cache-and-network' });
  const [, add] = useMutation(addRelationMutation);
  const [, remove] = useMutation(removeRelationMutation);
  const [kind, setKind] = useState<string>(RELATION_KINDS[0].code);
  const [search, setSearch] = useState('');
  const [searching, setSearching] = useState(false);
  const [targets, setTargets] = useState<readonly Target[] | null>(null);
  const [targetId, setTargetId] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Readonly<Record<string, string>>>({});
  const [message, setMessage] = useState<{ readonly kind: 'ok' | 'error'; readonly text: string } | null>(null);
  const messageRef = useRef<HTMLDivElement>(null);

  const report = (kindOfMessage: 'ok' | 'error', text: string) => {
    flushSync(() => setMessage({ kind: kindOfMessage, text }));
    messageRef.current?.focus();
  };
  const failure = (err: CombinedError) => errorMessageOf(err, locale);
  const refresh = () => {
    reexecute({ requestPolicy: 'network-only' });
  };

  async function runSearch() {
    const term = search.trim();
    if (!term) return;
    setSearching(true);
    const result = await client.query(relationTargetSearchQuery, { search: term }, { requestPolicy: 'network-only' }).toPromise();
    setSearching(false);
    if (result.error || !result.data) return report('error', failure(result.error!));
    setTargets(
      result.data.initiatives.edges
        .map((edge) => ({ id: edge.node.id, title: edge.node.title, organizationName: edge.node.organization.name }))
        .filter((target) => target.id !== initiativeId),
    );
    setTargetId('');
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!targetId) {
      flushSync(() => setErrors({ toId: t('initiativeForm.relations.targetRequired') }));
      document.getElementById('relation-sok')?.focus();
      return;
    }
    const target = targets?.find((x) => x.id === targetId);
    const result = await add({ input: { fromId: initiativeId, toId: targetId, kind, note } });
    if (result.error) {
      const fieldErrors = serverFieldErrors(result.error);
      if (Object.keys(fieldErrors).length > 0) {
        flushSync(() => setErrors(fieldErrors));
        const first = ['kind', 'toId', 'note'].find((field) => fieldErrors[field]);
        document.getElementById(first === 'kind' ? 'initiativ-relation-kind' : first === 'note' ? 'initiativ-relation-note' : 'relation-sok')?.focus();
      } else {
        setErrors({});
        report('error', failure(result.error));
      }
      return;
    }
    setErrors({});
    setNote('');
    setTargets(null);
    setTargetId('');
    setSearch('');
    report('ok', t('initiativeForm.relations.added', { title: target?.title ?? '' }));
    refresh();
  }

  async function removeRelation(id: string, title: string) {
    const result = await remove({ id });
    if (result.error) return report('error', failure(result.error));
    report('ok', t('initiativeForm.relations.removed', { title }));
    refresh();
  }

  const relations = data?.initiative.relations ?? [];
  const kindLabel = (code: string, direction: string) => {
    const found = RELATION_KINDS.find((k) => k.code === code);
    if (!found) return code;
    return direction === 'INCOMING' ? found.incoming[locale] : found.label[locale];
  };
  const searchError = errors['toId'];

  return (
    <section className="side-section" aria-labelledby="relationer-rubrik">
      <h2 id="relationer-rubrik">{t('initiativeForm.relations.heading')}</h2>
      <p>{t('initiativeForm.relations.intro')}</p>
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
      {error && !data ? (
        <QueryErrorAlert error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      ) : relations.length === 0 ? (
        <p>{t('initiativeForm.relations.none')}</p>
      ) : (
        <ul className="relation-list" aria-label={t('initiativeForm.relations.listCaption')}>
          {relations.map((relation) => (
            <li key={relation.id}>
              {kindLabel(relation.kind, relation.direction)} <Link to={initiativePath(relation.other.id)}>{relation.other.title}</Link>
              {relation.note && <div className="hint">{t('initiativeForm.relations.note', { note: relation.note })}</div>}
              <div className="hint">{t('initiativeForm.relations.addedBy', { organization: relation.addedBy.name })}</div>
              {relation.canRemove && (
                <div>
                  <button type="button" className="button button--secondary" onClick={() => void removeRelation(relation.id, relation.other.title)}>
                    {t('initiativeForm.relations.remove', { title: relation.other.title })}
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}

      <h3>{t('initiativeForm.relations.addHeading')}</h3>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <SelectField
          path="relation.kind"
          label={t('initiativeForm.relations.kind.label')}
          hint={t('initiativeForm.relations.kind.hint')}
          error={errors['kind']}
          value={kind}
          options={RELATION_KINDS.map((k) => ({ value: k.code, label: k.label[locale] }))}
          onChange={setKind}
        />
        <div className={searchError ? 'field field--error' : 'field'}>
          <label className="field__label" htmlFor="relation-sok">
            {t('initiativeForm.relations.search.label')}
          </label>
          <p id="relation-sok-hint" className="field__hint">
            {t('initiativeForm.relations.search.hint')}
          </p>
          {searchError && (
            <p id="relation-sok-error" className="field__error">
              {searchError}
            </p>
          )}
          <input
            id="relation-sok"
            type="search"
            autoComplete="off"
            value={search}
            aria-invalid={searchError ? true : undefined}
            aria-describedby={describedBy('relation-sok', true, Boolean(searchError))}
            onChange={(event) => setSearch(event.target.value)}
            onKeyDown={(event) => {
              // Enter in the search box searches rather than adding the relation.
              if (event.key === 'Enter') {
                event.preventDefault();
                void runSearch();
              }
            }}
          />
          <p>
            <button type="button" className="button button--secondary" onClick={() => void runSearch()}>
              {t('initiativeForm.relations.searchButton')}
            </button>
          </p>
          <p role="status" className="status">
            {searching
              ? t('initiativeForm.relations.searching')
              : targets
                ? targets.length === 0
                  ? t('initiativeForm.relations.noResults')
                  : t('initiativeForm.relations.resultsCount', { count: targets.length })
                : ''}
          </p>
        </div>
        {targets && targets.length > 0 && (
          <fieldset className="choice-group">
            <legend className="choice-group__legend">{t('initiativeForm.relations.results')}</legend>
            <ul className="choice-group__list">
              {targets.map((target) => (
                <li key={target.id} className="choice">
                  <input
                    id={`relation-mal-${target.id}`}
                    type="radio"
                    name="relation-target"
                    value={target.id}
                    checked={targetId === target.id}
                    onChange={() => setTargetId(target.id)}
                  />
                  <label htmlFor={`relation-mal-${target.id}`}>
                    {target.title} ({target.organizationName})
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
        )}
        <TextAreaField
          path="relation.note"
          rows={2}
          label={t('initiativeForm.relations.noteField.label')}
          hint={t('initiativeForm.relations.noteField.hint')}
          error={errors['note']}
          value={note}
          onChange={setNote}
        />
        <button type="submit" className="button">
          {t('initiativeForm.relations.add')}
        </button>
      </form>
    </section>
  );
}
