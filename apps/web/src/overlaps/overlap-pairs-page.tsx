import { useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { Link, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { OVERLAP_BANDS, OVERLAP_DECISIONS, OVERLAP_LIMITS, THEMES } from '@portal/shared-domain';
import { initiativePath, PATHS } from '../app/site-map';
import { SignedInOrganization } from '../auth/signed-in-organization';
import { FieldIdPrefix } from '../forms/field-id-prefix';
import { CheckboxField, RadioGroup, SelectField, TextAreaField, TextField } from '../forms/form-fields';
import type { OverlapBand, OverlapDecisionKind, OverlapPairsQuery } from '../gql/graphql';
import { errorCodeOf, errorMessageOf } from '../graphql/error-code';
import { formatDate } from '../initiatives/shared/initiative-format';
import { useLocale } from '../i18n/use-locale';
import { Page } from '../shell/page';
import { QueryState } from '../ui/query-state';
import { OverlapBandBadge, OverlapDecisionText } from './overlap-candidate-list';
import { organizationsQuery } from '../organizations/organizations-query';
import { decideOverlapMutation, overlapPairsQuery, reopenOverlapMutation } from './overlap-queries';
import { codeOf, enumOf, reasonsLine } from './overlap-reasons';
import '../styles/forms.css';
import './overlaps.css';
import { useOverlapsTranslation } from './overlaps.i18n';

type Pair = OverlapPairsQuery['overlapPairs']['pairs'][number];
type Side = Pair['a'];

const PAGE_SIZE = 25;

/** The filters live in the URL, so a filtered list can be shared and survives a reload. */
interface Filters {
  readonly theme: string;
  readonly organization: string;
  readonly band: string;
  readonly fromYear: string;
  readonly toYear: string;
  readonly decided: boolean;
}

function filtersOf(params: URLSearchParams): Filters {
  return {
    theme: params.get('tema') ?? '',
    organization: params.get('organisation') ?? '',
    band: params.get('band') ?? '',
    fromYear: params.get('fran') ?? '',
    toYear: params.get('till') ?? '',
    decided: params.get('bedomda') === 'ja',
  };
}

function paramsOf(filters: Filters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.theme) params.set('tema', filters.theme);
  if (filters.organization) params.set('organisation', filters.organization);
  if (filters.band) params.set('band', filters.band);
  if (/^\d{4}$/.test(filters.fromYear)) params.set('fran', filters.fromYear);
  if (/^\d{4}$/.test(filters.toYear)) params.set('till', filters.toYear);
  if (filters.decided) params.set('bedomda', 'ja');
  return params;
}

/** The Region's list of possible overlaps across organisations, with a decision per pair. */
export function OverlapPairsPage() {
  const { t } = useOverlapsTranslation();
  return (
    <Page title={t('overlaps.pairs.title')}>
      <p>
        <Link to={PATHS.regionOverview}>{t('overlaps.pairs.backToOverview')}</Link>
      </p>
      <p>{t('overlaps.pairs.intro')}</p>
      <SignedInOrganization signInMessage={t('overlaps.pairs.signInNeeded')}>
        <OverlapPairs />
      </SignedInOrganization>
    </Page>
  );
}

function OverlapPairs() {
  const { t } = useOverlapsTranslation();
  const [params, setParams] = useSearchParams();
  const filters = filtersOf(params);
  const [draft, setDraft] = useState(filters);
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | undefined>(undefined);
  const [refresh, setRefresh] = useState(0);
  const messageRef = useRef<HTMLParagraphElement>(null);

  const [yearErrors, setYearErrors] = useState<YearErrors>({});

  const apply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const errors = yearErrorsOf(draft);
    flushSync(() => setYearErrors(errors));
    const first = (['fromYear', 'toYear'] as const).find((field) => errors[field]);
    if (first) {
      document.getElementById(`overlapp-filter-${first}`)?.focus();
      return;
    }
    setCursors([null]);
    setParams(paramsOf(draft));
  };

  const announce = (kind: 'ok' | 'error', text: string) => {
    // The pair may leave the list: focus goes to the message, which says what happened.
    flushSync(() => setMessage({ kind, text }));
    messageRef.current?.focus();
    if (kind === 'ok') {
      setCursors([null]);
      setRefresh((n) => n + 1);
    }
  };

  return (
    <>
      <section aria-labelledby="overlap-filter-heading">
        <h2 id="overlap-filter-heading">{t('overlaps.pairs.filtersHeading')}</h2>
        <FieldIdPrefix prefix="overlapp-filter">
          <form className="overlap-filters" noValidate onSubmit={apply}>
            <FilterFields draft={draft} errors={yearErrors} onChange={setDraft} />
            <p>
              <button type="submit" className="button">
                {t('overlaps.pairs.apply')}
              </button>{' '}
              <button
                type="button"
                className="button button-secondary"
                onClick={() => {
                  const empty = filtersOf(new URLSearchParams());
                  setDraft(empty);
                  setYearErrors({});
                  setCursors([null]);
                  setParams(paramsOf(empty));
                }}
              >
                {t('overlaps.pairs.clear')}
              </button>
            </p>
          </form>
        </FieldIdPrefix>
      </section>
      <p ref={messageRef} tabIndex={-1} role={message?.kind === 'error' ? 'alert' : 'status'} className={message?.kind === 'error' ? 'error-text' : 'status'}>
        {message?.text}
      </p>
      {cursors.map((after, index) => (
        <PairsPage
          key={`${refresh}-${after ?? 'first'}`}
          filters={filters}
          after={after}
          first={index === 0}
          onMore={index === cursors.length - 1 ? (next) => setCursors((list) => [...list, next]) : undefined}
          onDecided={announce}
        />
      ))}
    </>
  );
}

type YearErrors = Partial<Record<'fromYear' | 'toYear', 'yearInvalid' | 'yearOrder'>>;

const YEAR = /^\d{4}$/;

/** A year is four digits or empty, and the period does not end before it starts. */
function yearErrorsOf(filters: Filters): YearErrors {
  const errors: YearErrors = {};
  if (filters.fromYear && !YEAR.test(filters.fromYear)) errors.fromYear = 'yearInvalid';
  if (filters.toYear && !YEAR.test(filters.toYear)) errors.toYear = 'yearInvalid';
  else if (!errors.fromYear && filters.fromYear && filters.toYear && Number(filters.toYear) < Number(filters.fromYear)) errors.toYear = 'yearOrder';
  return errors;
}

function FilterFields({ draft, errors, onChange }: { readonly draft: Filters; readonly errors: YearErrors; readonly onChange: (filters: Filters) => void }) {
  const { t } = useOverlapsTranslation();
  const locale = useLocale();
  const [{ data }] = useQuery({ query: organizationsQuery });
  const set = (patch: Partial<Filters>) => onChange({ ...draft, ...patch });
  return (
    <>
      <SelectField
        path="theme"
        label={t('overlaps.pairs.theme')}
        value={draft.theme}
        placeholder={t('overlaps.pairs.any')}
        options={THEMES.map((theme) => ({ value: theme.code, label: theme.label[locale] }))}
        onChange={(theme) => set({ theme })}
      />
      <SelectField
        path="organization"
        label={t('overlaps.pairs.organization')}
        value={draft.organization}
        placeholder={t('overlaps.pairs.any')}
        options={(data?.organizations ?? []).map((o) => ({ value: o.slug, label: o.name }))}
        onChange={(organization) => set({ organization })}
      />
      <SelectField
        path="band"
        label={t('overlaps.pairs.band')}
        value={draft.band}
        placeholder={t('overlaps.pairs.any')}
        options={OVERLAP_BANDS.map((band) => ({ value: band.code, label: band.label[locale] }))}
        onChange={(band) => set({ band })}
      />
      {(['fromYear', 'toYear'] as const).map((field) => (
        <TextField
          key={field}
          path={field}
          label={t(`overlaps.pairs.${field}`)}
          width="short"
          inputMode="numeric"
          error={errors[field] && t(`overlaps.pairs.${errors[field]}`)}
          value={draft[field]}
          onChange={(value) => set({ [field]: value })}
        />
      ))}
      <p className="checkbox">
        <input id="overlapp-filter-decided" type="checkbox" checked={draft.decided} onChange={(event) => set({ decided: event.target.checked })} />
        <label htmlFor="overlapp-filter-decided">{t('overlaps.pairs.includeDecided')}</label>
      </p>
    </>
  );
}

function PairsPage({
  filters,
  after,
  first,
  onMore,
  onDecided,
}: {
  readonly filters: Filters;
  readonly after: string | null;
  readonly first: boolean;
  readonly onMore: ((cursor: string) => void) | undefined;
  readonly onDecided: (kind: 'ok' | 'error', text: string) => void;
}) {
  const { t } = useOverlapsTranslation();
  const locale = useLocale();
  const [result, reexecute] = useQuery({
    query: overlapPairsQuery,
    requestPolicy: 'cache-and-network',
    variables: {
      first: PAGE_SIZE,
      after,
      theme: filters.theme || null,
      band: filters.band ? enumOf<OverlapBand>(filters.band) : null,
      fromYear: /^\d{4}$/.test(filters.fromYear) ? Number(filters.fromYear) : null,
      toYear: /^\d{4}$/.test(filters.toYear) ? Number(filters.toYear) : null,
      includeDecided: filters.decided,
      organization: filters.organization || null,
    },
  });
  if (result.error && errorCodeOf(result.error) === 'FORBIDDEN') return <p>{t('overlaps.pairs.forbidden')}</p>;
  return (
    <QueryState
      result={result}
      loading={t('overlaps.pairs.loading')}
      onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      isEmpty={(data) => first && data.overlapPairs.pairs.length === 0}
      empty={<p>{t('overlaps.pairs.empty')}</p>}
    >
      {(data) => <PairList pairs={data.overlapPairs.pairs} nextCursor={data.overlapPairs.nextCursor} onMore={onMore} onDecided={onDecided} locale={locale} />}
    </QueryState>
  );
}

function PairList({
  pairs,
  nextCursor,
  onMore,
  onDecided,
  locale,
}: {
  readonly pairs: readonly Pair[];
  readonly nextCursor: string | null | undefined;
  readonly onMore: ((cursor: string) => void) | undefined;
  readonly onDecided: (kind: 'ok' | 'error', text: string) => void;
  readonly locale: 'sv' | 'en';
}) {
  const { t } = useOverlapsTranslation();
  return (
    <>
      <ol className="overlap-list">
        {pairs.map((pair) => (
          <li key={`${pair.a.id}/${pair.b.id}`} className="overlap-item overlap-pair">
            <h3 className="overlap-title">{t('overlaps.pairs.pairHeading', { a: pair.a.title, b: pair.b.title })}</h3>
            <div className="overlap-pair-sides">
              <PairSide side={pair.a} locale={locale} />
              <PairSide side={pair.b} locale={locale} />
            </div>
            <p className="overlap-meta">
              <OverlapBandBadge band={pair.band} />
            </p>
            <p className="overlap-reasons">{reasonsLine(pair.reasons, t, locale)}</p>
            {pair.decision && <OverlapDecisionText decision={pair.decision} />}
            <DecisionForm pair={pair} onDone={onDecided} />
          </li>
        ))}
      </ol>
      {nextCursor && onMore && (
        <p>
          <button type="button" className="button button-secondary" onClick={() => onMore(nextCursor)}>
            {t('overlaps.pairs.more')}
          </button>
        </p>
      )}
    </>
  );
}

function PairSide({ side, locale }: { readonly side: Side; readonly locale: 'sv' | 'en' }) {
  const { t } = useOverlapsTranslation();
  const period =
    side.startDate || side.endDate
      ? t('overlaps.pairs.period', {
          from: side.startDate ? formatDate(side.startDate, locale) : '…',
          to: side.endDate ? formatDate(side.endDate, locale) : '…',
        })
      : t('overlaps.pairs.periodUnknown');
  return (
    <p>
      <Link to={initiativePath(side.id)}>{side.title}</Link>
      <br />
      {side.organization.name} · {period}
    </p>
  );
}

function DecisionForm({ pair, onDone }: { readonly pair: Pair; readonly onDone: (kind: 'ok' | 'error', text: string) => void }) {
  const { t } = useOverlapsTranslation();
  const locale = useLocale();
  const [decision, setDecision] = useState(pair.decision ? codeOf(pair.decision.decision) : '');
  const [note, setNote] = useState(pair.decision?.note ?? '');
  // Linking is offered with "samordna" only, and on by default there: that is what the decision means.
  const [link, setLink] = useState(true);
  const [error, setError] = useState<string | undefined>(undefined);
  const [{ fetching }, decide] = useMutation(decideOverlapMutation);
  const [{ fetching: reopening }, reopen] = useMutation(reopenOverlapMutation);
  const prefix = `overlapp-${pair.a.id.slice(0, 8)}-${pair.b.id.slice(0, 8)}`;
  const names = { a: pair.a.title, b: pair.b.title };

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!decision) {
      flushSync(() => setError(t('overlaps.pairs.decide.choose')));
      document.getElementById(`${prefix}-decision-0`)?.focus();
      return;
    }
    setError(undefined);
    const linking = decision === 'coordinate' && link && !pair.decision?.linked;
    const result = await decide({
      input: { initiativeId: pair.a.id, otherInitiativeId: pair.b.id, decision: enumOf<OverlapDecisionKind>(decision), note, link: linking },
    });
    if (result.error) return onDone('error', errorMessageOf(result.error, locale));
    onDone('ok', t(linking ? 'overlaps.pairs.decide.savedLinked' : 'overlaps.pairs.decide.saved', names));
  }

  async function reopenPair() {
    const result = await reopen({ initiativeId: pair.a.id, otherInitiativeId: pair.b.id });
    if (result.error) return onDone('error', errorMessageOf(result.error, locale));
    onDone('ok', t('overlaps.pairs.decide.reopened', names));
  }

  return (
    <FieldIdPrefix prefix={prefix}>
      <form className="overlap-decide" noValidate onSubmit={(event) => void submit(event)} aria-label={t('overlaps.pairs.pairHeading', names)}>
        <RadioGroup
          path="decision"
          legend={t('overlaps.pairs.decide.legend')}
          error={error}
          options={OVERLAP_DECISIONS.map((d) => ({ value: d.code, label: d.label[locale] }))}
          value={decision}
          onChange={setDecision}
        />
        {decision === 'coordinate' && !pair.decision?.linked && (
          <CheckboxField path="link" label={t('overlaps.pairs.decide.link')} hint={t('overlaps.pairs.decide.linkHint')} checked={link} onChange={setLink} />
        )}
        <TextAreaField
          path="note"
          label={t('overlaps.pairs.decide.note')}
          hint={t('overlaps.pairs.decide.noteHint')}
          rows={2}
          maxLength={OVERLAP_LIMITS.note}
          value={note}
          onChange={setNote}
        />
        <p>
          <button type="submit" className="button" disabled={fetching}>
            {t('overlaps.pairs.decide.save')}
          </button>{' '}
          {pair.decision && (
            <button type="button" className="button button-secondary" disabled={reopening} onClick={() => void reopenPair()}>
              {t('overlaps.pairs.decide.reopen')}
            </button>
          )}
        </p>
      </form>
    </FieldIdPrefix>
  );
}
