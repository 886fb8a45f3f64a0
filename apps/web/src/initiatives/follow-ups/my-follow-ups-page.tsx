import { useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { AFTER_LIFE_STATUSES, FOLLOW_UP_MILESTONES } from '@portal/shared-domain';
import { initiativePath } from '../../app/site-map';
import { errorMessageOf } from '../../graphql/error-code';
import { QueryErrorAlert } from '../../graphql/query-error-alert';
import { termLabel } from '../../i18n/term-label';
import { useLocale } from '../../i18n/use-locale';
import { Page } from '../../shell/page';
import { describedBy } from '../form/form-fields';
import { serverFieldErrors } from '../form/form-errors';
import { SignedInOrganization } from '../form/signed-in-organization';
import { myFollowUpsQuery, recordFollowUpMutation } from './follow-up-queries';
import { RegionOverdueFollowUps } from './region-overdue-follow-ups';
import { meQuery } from '../../auth/me-query';
import '../../accessibility/report-problem-form.css';
import '../form/initiative-form.css';

type FollowUpField = 'status' | 'livesOn' | 'ownerNow' | 'evidenceUrl';
const FIELDS: readonly FollowUpField[] = ['status', 'livesOn', 'ownerNow', 'evidenceUrl'];

interface FollowUpItem {
  readonly id: string;
  readonly milestone: string;
  readonly dueDate: string;
  readonly overdue: boolean;
  readonly canRecord: boolean;
  readonly initiative: { readonly id: string; readonly title: string };
}

function RecordFollowUpForm({ item, milestone, onRecorded }: { readonly item: FollowUpItem; readonly milestone: string; readonly onRecorded: (text: string) => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [, record] = useMutation(recordFollowUpMutation);
  const [values, setValues] = useState<Record<FollowUpField, string>>({ status: '', livesOn: '', ownerNow: '', evidenceUrl: '' });
  const [errors, setErrors] = useState<Partial<Record<FollowUpField, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const busy = useRef(false);
  const idOf = (field: FollowUpField) => `uppfoljning-${item.id}-${field}`;

  const focusFirstError = (found: Partial<Record<FollowUpField, string>>) => {
    const first = FIELDS.find((field) => found[field]);
    if (first) document.getElementById(first === 'status' ? `${idOf('status')}-0` : idOf(first))?.focus();
  };

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy.current) return;
    if (!values.status) {
      const local = { status: t('initiativeForm.followUps.statusRequired') };
      flushSync(() => setErrors(local));
      focusFirstError(local);
      return;
    }
    busy.current = true;
    const result = await record({ id: item.id, input: values });
    busy.current = false;
    if (result.error) {
      const fromServer = serverFieldErrors(result.error);
      const found: Partial<Record<FollowUpField, string>> = {};
      for (const field of FIELDS) if (fromServer[field]) found[field] = fromServer[field];
      if (Object.keys(found).length > 0) {
        flushSync(() => {
          setFailure(null);
          setErrors(found);
        });
        focusFirstError(found);
      } else {
        setErrors({});
        setFailure(errorMessageOf(result.error, locale));
      }
      return;
    }
    onRecorded(t('initiativeForm.followUps.recorded', { title: item.initiative.title, milestone: milestone.toLocaleLowerCase(locale === 'sv' ? 'sv-SE' : 'en-GB') }));
  }

  const text = (field: Exclude<FollowUpField, 'status'>, multiline: boolean, type: 'text' | 'url' = 'text') => {
    const id = idOf(field);
    const error = errors[field];
    const common = {
      id,
      name: field,
      value: values[field],
      'aria-invalid': error ? true : undefined,
      'aria-describedby': describedBy(id, true, Boolean(error)),
    } as const;
    return (
      <div className={error ? 'field field--error' : 'field'}>
        <label className="field__label" htmlFor={id}>
          {t(`initiativeForm.followUps.${field}.label`)}
        </label>
        <p id={`${id}-hint`} className="field__hint">
          {t(`initiativeForm.followUps.${field}.hint`)}
        </p>
        {error && (
          <p id={`${id}-error`} className="field__error">
            {error}
          </p>
        )}
        {multiline ? (
          <textarea {...common} rows={3} onChange={(event) => setValues((v) => ({ ...v, [field]: event.target.value }))} />
        ) : (
          <input {...common} type={type} autoComplete="off" onChange={(event) => setValues((v) => ({ ...v, [field]: event.target.value }))} />
        )}
      </div>
    );
  };

  const statusId = idOf('status');
  return (
    <form noValidate onSubmit={(event) => void submit(event)} aria-labelledby={`${item.id}-formrubrik`}>
      <h4 id={`${item.id}-formrubrik`}>{t('initiativeForm.followUps.formHeading')}</h4>
      {failure && (
        <div role="alert" className="alert alert--error">
          <p>
            <strong>{t('initiativeForm.followUps.failed')}</strong> {failure}
          </p>
        </div>
      )}
      <fieldset className={errors.status ? 'choice-group field--error' : 'choice-group'} aria-describedby={describedBy(statusId, true, Boolean(errors.status))}>
        <legend className="choice-group__legend">
          {t('initiativeForm.followUps.status.label')} <span className="field__required">{t('initiativeForm.required')}</span>
        </legend>
        <p id={`${statusId}-hint`} className="field__hint">
          {t('initiativeForm.followUps.status.hint')}
        </p>
        {errors.status && (
          <p id={`${statusId}-error`} className="field__error">
            {errors.status}
          </p>
        )}
        <ul className="choice-group__list">
          {AFTER_LIFE_STATUSES.map((status, index) => (
            <li key={status.code} className="choice">
              <input
                id={`${statusId}-${index}`}
                type="radio"
                name={`${statusId}`}
                value={status.code}
                checked={values.status === status.code}
                onChange={() => setValues((v) => ({ ...v, status: status.code }))}
              />
              <label htmlFor={`${statusId}-${index}`}>{status.label[locale]}</label>
            </li>
          ))}
        </ul>
      </fieldset>
      {text('livesOn', true)}
      {text('ownerNow', false)}
      {text('evidenceUrl', false, 'url')}
      <button type="submit" className="button" aria-label={`${t('initiativeForm.followUps.submit')}: ${item.initiative.title}, ${milestone}`}>
        {t('initiativeForm.followUps.submit')}
      </button>
    </form>
  );
}

function FollowUpList() {
  const { t } = useTranslation();
  const locale = useLocale();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: myFollowUpsQuery, requestPolicy: 'cache-and-network' });
  const [recorded, setRecorded] = useState('');
  const messageRef = useRef<HTMLDivElement>(null);
  const dateFormat = new Intl.DateTimeFormat(locale === 'sv' ? 'sv-SE' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' });
  const formatDate = (isoDate: string) => {
    const date = new Date(`${isoDate}T00:00:00Z`);
    return Number.isNaN(date.getTime()) ? isoDate : dateFormat.format(date);
  };

  const onRecorded = (text: string) => {
    flushSync(() => setRecorded(text));
    // The recorded item leaves the list; focus goes to the confirmation instead of being lost.
    messageRef.current?.focus();
    reexecute({ requestPolicy: 'network-only' });
  };

  const items = data?.myFollowUps ?? [];
  return (
    <>
      <p>{t('initiativeForm.followUps.intro')}</p>
      {/* Always present, so screen readers hear the confirmation when its text arrives. */}
      <div ref={messageRef} tabIndex={-1} role="status" className={recorded ? 'notice' : undefined}>
        {recorded && <p>{recorded}</p>}
      </div>
      {fetching && !data ? (
        <p role="status" className="status">
          {t('initiativeForm.loading')}
        </p>
      ) : error && !data ? (
        <QueryErrorAlert error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      ) : items.length === 0 ? (
        <p>{t('initiativeForm.followUps.empty')}</p>
      ) : (
        <>
          <h2>{t('initiativeForm.followUps.listHeading')}</h2>
          <ul className="follow-up-list">
            {items.map((item) => {
              const milestone = termLabel(FOLLOW_UP_MILESTONES, item.milestone, locale);
              return (
                <li key={item.id} className="follow-up">
                  <h3>
                    <Link to={initiativePath(item.initiative.id)}>{item.initiative.title}</Link>
                  </h3>
                  <dl className="facts">
                    <dt>{t('initiativeForm.followUps.milestone')}</dt>
                    <dd>{milestone}</dd>
                    <dt>{t('initiativeForm.followUps.due')}</dt>
                    <dd>
                      {formatDate(item.dueDate)}
                      {item.overdue ? (
                        <>
                          {' – '}
                          <strong className="follow-up__overdue">{t('initiativeForm.followUps.overdue')}</strong>
                        </>
                      ) : (
                        <> – {t('initiativeForm.followUps.notYetDue')}</>
                      )}
                    </dd>
                  </dl>
                  {item.canRecord ? <RecordFollowUpForm item={item} milestone={milestone} onRecorded={onRecorded} /> : <p>{t('initiativeForm.followUps.cannotRecord')}</p>}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </>
  );
}

/** The Region's list, for those whose role sees across the region. */
function RegionSection() {
  const [{ data }] = useQuery({ query: meQuery });
  const roles = data?.me.roles ?? [];
  return roles.includes('region-overseer') || roles.includes('platform-admin') ? <RegionOverdueFollowUps /> : null;
}

/** Due and overdue follow-ups of the active organisation's initiatives, each with a form to record it. */
export function MyFollowUpsPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('initiativeForm.followUpsTitle')}>
      <SignedInOrganization signInMessage={t('initiativeForm.signInForFollowUps')}>
        <FollowUpList />
        <RegionSection />
      </SignedInOrganization>
    </Page>
  );
}
