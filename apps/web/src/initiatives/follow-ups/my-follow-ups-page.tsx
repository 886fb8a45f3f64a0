import { useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { AFTER_LIFE_STATUSES, FOLLOW_UP_MILESTONES } from '@portal/shared-domain';
import { initiativePath } from '../../app/site-map';
import { choicesTargetId, FieldIdPrefix, fieldIdOf } from '../../forms/field-id-prefix';
import { RadioGroup, TextAreaField, TextField } from '../../forms/form-fields';
import { serverFieldErrors } from '../../forms/form-errors';
import { errorMessageOf } from '../../graphql/error-code';
import { termLabel } from '../../i18n/term-label';
import { useLocale } from '../../i18n/use-locale';
import { Page } from '../../shell/page';
import { QueryState } from '../../ui/query-state';
import { SignedInOrganization } from '../../auth/signed-in-organization';
import { myFollowUpsQuery, recordFollowUpMutation } from './follow-up-queries';
import { RegionOverdueFollowUps } from './region-overdue-follow-ups';
import { meQuery } from '../../auth/me-query';
import './follow-ups.css';
import { useInitiativeFormTranslation } from '../form/initiative-form.i18n';

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

function RecordFollowUpForm({
  item,
  milestone,
  onRecorded,
}: {
  readonly item: FollowUpItem;
  readonly milestone: string;
  readonly onRecorded: (text: string) => void;
}) {
  const { t } = useInitiativeFormTranslation();
  const locale = useLocale();
  const [, record] = useMutation(recordFollowUpMutation);
  const [values, setValues] = useState<Record<FollowUpField, string>>({ status: '', livesOn: '', ownerNow: '', evidenceUrl: '' });
  const [errors, setErrors] = useState<Partial<Record<FollowUpField, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const busy = useRef(false);
  // One form per follow-up on the page, so each gets ids of its own.
  const prefix = `uppfoljning-${item.id}`;
  const idOf = (field: FollowUpField) => fieldIdOf(prefix, field);

  const focusFirstError = (found: Partial<Record<FollowUpField, string>>) => {
    const first = FIELDS.find((field) => found[field]);
    if (first) document.getElementById(first === 'status' ? choicesTargetId(idOf('status')) : idOf(first))?.focus();
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
    onRecorded(
      t('initiativeForm.followUps.recorded', { title: item.initiative.title, milestone: milestone.toLocaleLowerCase(locale === 'sv' ? 'sv-SE' : 'en-GB') }),
    );
  }

  const textProps = (field: Exclude<FollowUpField, 'status'>) => ({
    label: t(`initiativeForm.followUps.${field}.label`),
    hint: t(`initiativeForm.followUps.${field}.hint`),
    error: errors[field],
    value: values[field],
    onChange: (value: string) => setValues((v) => ({ ...v, [field]: value })),
  });

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
      <FieldIdPrefix prefix={prefix}>
        <RadioGroup
          path="status"
          required
          legend={t('initiativeForm.followUps.status.label')}
          hint={t('initiativeForm.followUps.status.hint')}
          error={errors.status}
          options={AFTER_LIFE_STATUSES.map((status) => ({ value: status.code, label: status.label[locale] }))}
          value={values.status}
          onChange={(status) => setValues((v) => ({ ...v, status }))}
        />
        <TextAreaField path="livesOn" rows={3} {...textProps('livesOn')} />
        <TextField path="ownerNow" {...textProps('ownerNow')} />
        <TextField path="evidenceUrl" type="url" {...textProps('evidenceUrl')} />
      </FieldIdPrefix>
      <button type="submit" className="button" aria-label={`${t('initiativeForm.followUps.submit')}: ${item.initiative.title}, ${milestone}`}>
        {t('initiativeForm.followUps.submit')}
      </button>
    </form>
  );
}

function FollowUpList() {
  const { t } = useInitiativeFormTranslation();
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

  return (
    <>
      <p>{t('initiativeForm.followUps.intro')}</p>
      {/* Always present, so screen readers hear the confirmation when its text arrives. */}
      <div ref={messageRef} tabIndex={-1} role="status" className={recorded ? 'notice' : undefined}>
        {recorded && <p>{recorded}</p>}
      </div>
      <QueryState
        result={{ data: data?.myFollowUps, fetching, error }}
        loading={t('initiativeForm.loading')}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        isEmpty={(items) => items.length === 0}
        empty={<p>{t('initiativeForm.followUps.empty')}</p>}
      >
        {(items) => (
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
                    {item.canRecord ? (
                      <RecordFollowUpForm item={item} milestone={milestone} onRecorded={onRecorded} />
                    ) : (
                      <p>{t('initiativeForm.followUps.cannotRecord')}</p>
                    )}
                  </li>
                );
              })}
            </ul>
          </>
        )}
      </QueryState>
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
  const { t } = useInitiativeFormTranslation();
  return (
    <Page title={t('initiativeForm.followUpsTitle')}>
      <SignedInOrganization signInMessage={t('initiativeForm.signInForFollowUps')}>
        <FollowUpList />
        <RegionSection />
      </SignedInOrganization>
    </Page>
  );
}
