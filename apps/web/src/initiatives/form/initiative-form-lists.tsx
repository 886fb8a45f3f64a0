import { useTranslation } from 'react-i18next';
import { FUNDER_TYPES, FUNDING_STATUSES, PARTNER_ROLES } from '@portal/shared-domain';
import { useLocale } from '../../i18n/use-locale';
import { fieldId } from './form-errors';
import { SelectField, TextField } from './form-fields';
import {
  COUNT_FIELDS,
  emptyFundingLine,
  emptyParticipantPeriod,
  emptyPartner,
  type FundingLineState,
  type ParticipantPeriodState,
  type PartnerState,
} from './initiative-form-state';

interface ListProps<T> {
  readonly rows: readonly T[];
  readonly onChange: (rows: T[]) => void;
  readonly errors: Readonly<Record<string, string>>;
  /** Focus an element once it has rendered (a new row's first field, or the add button). */
  readonly focusLater: (id: string) => void;
}

function replaceAt<T>(rows: readonly T[], index: number, patch: Partial<T>): T[] {
  return rows.map((row, i) => (i === index ? { ...row, ...patch } : row));
}

function ListError({ path, error }: { readonly path: string; readonly error: string | undefined }) {
  if (!error) return null;
  return (
    <p id={`${fieldId(path)}-error`} className="field__error">
      {error}
    </p>
  );
}

export function PartnerList({ rows, onChange, errors, focusLater, organizations }: ListProps<PartnerState> & { readonly organizations: ReadonlyArray<{ readonly slug: string; readonly name: string }> }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const roleOptions = PARTNER_ROLES.map((r) => ({ value: r.code, label: r.label[locale] }));
  const organizationOptions = organizations.map((o) => ({ value: o.slug, label: o.name }));
  return (
    <>
      {rows.length === 0 && <p>{t('initiativeForm.fields.noPartners')}</p>}
      {rows.map((row, index) => {
        const path = `partners.${index}`;
        const number = index + 1;
        return (
          <fieldset key={row.key} className="form-row">
            <legend className="form-row__legend">{t('initiativeForm.fields.partner', { number })}</legend>
            <SelectField
              path={`${path}.role`}
              label={t('initiativeForm.fields.partnerRole.label')}
              hint={t('initiativeForm.fields.partnerRole.hint')}
              error={errors[`${path}.role`]}
              value={row.role}
              options={roleOptions}
              onChange={(role) => onChange(replaceAt(rows, index, { role }))}
            />
            <SelectField
              path={`${path}.organization`}
              label={t('initiativeForm.fields.partnerOrganization.label')}
              hint={t('initiativeForm.fields.partnerOrganization.hint')}
              error={errors[`${path}.organization`]}
              value={row.organization}
              placeholder={t('initiativeForm.fields.externalPartner')}
              options={organizationOptions}
              onChange={(organization) => onChange(replaceAt(rows, index, { organization }))}
            />
            {!row.organization && (
              <TextField
                path={`${path}.name`}
                label={t('initiativeForm.fields.partnerName.label')}
                hint={t('initiativeForm.fields.partnerName.hint')}
                error={errors[`${path}.name`]}
                value={row.name}
                onChange={(name) => onChange(replaceAt(rows, index, { name }))}
              />
            )}
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                onChange(rows.filter((_, i) => i !== index));
                focusLater(`${fieldId('partners')}-add`);
              }}
            >
              {t('initiativeForm.fields.removePartner', { number })}
            </button>
          </fieldset>
        );
      })}
      <ListError path="partners" error={errors['partners']} />
      <button
        type="button"
        id={`${fieldId('partners')}-add`}
        className="button button--secondary"
        aria-describedby={errors['partners'] ? `${fieldId('partners')}-error` : undefined}
        onClick={() => {
          onChange([...rows, emptyPartner()]);
          focusLater(fieldId(`partners.${rows.length}.role`));
        }}
      >
        {t('initiativeForm.fields.addPartner')}
      </button>
    </>
  );
}

export function FundingLineList({ rows, onChange, errors, focusLater }: ListProps<FundingLineState>) {
  const { t } = useTranslation();
  const locale = useLocale();
  const funderOptions = FUNDER_TYPES.map((f) => ({ value: f.code, label: f.label[locale] }));
  const statusOptions = FUNDING_STATUSES.map((s) => ({ value: s.code, label: s.label[locale] }));
  return (
    <>
      {rows.length === 0 && <p>{t('initiativeForm.fields.noFundingLines')}</p>}
      {rows.map((row, index) => {
        const path = `fundingLines.${index}`;
        const number = index + 1;
        const text = (field: 'funderName' | 'registryNumber' | 'programmeArea' | 'amountSek', extra?: { inputMode: 'decimal' }) => (
          <TextField
            path={`${path}.${field}`}
            label={t(`initiativeForm.fields.${field}.label`)}
            hint={t(`initiativeForm.fields.${field}.hint`)}
            error={errors[`${path}.${field}`]}
            value={row[field]}
            inputMode={extra?.inputMode}
            width="medium"
            onChange={(value) => onChange(replaceAt(rows, index, { [field]: value }))}
          />
        );
        return (
          <fieldset key={row.key} className="form-row">
            <legend className="form-row__legend">{t('initiativeForm.fields.fundingLine', { number })}</legend>
            <SelectField
              path={`${path}.funderType`}
              label={t('initiativeForm.fields.funderType.label')}
              hint={t('initiativeForm.fields.funderType.hint')}
              error={errors[`${path}.funderType`]}
              value={row.funderType}
              placeholder={t('initiativeForm.select')}
              options={funderOptions}
              required
              onChange={(funderType) => onChange(replaceAt(rows, index, { funderType }))}
            />
            {text('funderName')}
            {text('registryNumber')}
            {text('programmeArea')}
            {text('amountSek', { inputMode: 'decimal' })}
            <SelectField
              path={`${path}.status`}
              label={t('initiativeForm.fields.fundingStatus.label')}
              hint={t('initiativeForm.fields.fundingStatus.hint')}
              error={errors[`${path}.status`]}
              value={row.status}
              options={statusOptions}
              onChange={(status) => onChange(replaceAt(rows, index, { status }))}
            />
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                onChange(rows.filter((_, i) => i !== index));
                focusLater(`${fieldId('fundingLines')}-add`);
              }}
            >
              {t('initiativeForm.fields.removeFundingLine', { number })}
            </button>
          </fieldset>
        );
      })}
      <ListError path="fundingLines" error={errors['fundingLines']} />
      <button
        type="button"
        id={`${fieldId('fundingLines')}-add`}
        className="button button--secondary"
        aria-describedby={errors['fundingLines'] ? `${fieldId('fundingLines')}-error` : undefined}
        onClick={() => {
          onChange([...rows, emptyFundingLine()]);
          focusLater(fieldId(`fundingLines.${rows.length}.funderType`));
        }}
      >
        {t('initiativeForm.fields.addFundingLine')}
      </button>
    </>
  );
}

export function ParticipantPeriodList({ rows, onChange, errors, focusLater }: ListProps<ParticipantPeriodState>) {
  const { t } = useTranslation();
  return (
    <>
      {rows.length === 0 && <p>{t('initiativeForm.fields.noParticipantPeriods')}</p>}
      {rows.map((row, index) => {
        const path = `participants.${index}`;
        const number = index + 1;
        return (
          <fieldset key={row.key} className="form-row">
            <legend className="form-row__legend">{t('initiativeForm.fields.participantPeriod', { number })}</legend>
            <TextField
              path={`${path}.period`}
              label={t('initiativeForm.fields.period.label')}
              hint={t('initiativeForm.fields.period.hint')}
              error={errors[`${path}.period`]}
              value={row.period}
              width="short"
              required
              onChange={(period) => onChange(replaceAt(rows, index, { period }))}
            />
            <div className="form-row__counts">
              {COUNT_FIELDS.map((field) => (
                <TextField
                  key={field}
                  path={`${path}.${field}`}
                  label={t(`initiativeForm.fields.${field}.label`)}
                  hint={t(`initiativeForm.fields.${field}.hint`)}
                  error={errors[`${path}.${field}`]}
                  value={row[field]}
                  inputMode="numeric"
                  width="short"
                  onChange={(value) => onChange(replaceAt(rows, index, { [field]: value }))}
                />
              ))}
            </div>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                onChange(rows.filter((_, i) => i !== index));
                focusLater(`${fieldId('participants')}-add`);
              }}
            >
              {t('initiativeForm.fields.removeParticipantPeriod', { number })}
            </button>
          </fieldset>
        );
      })}
      <ListError path="participants" error={errors['participants']} />
      <button
        type="button"
        id={`${fieldId('participants')}-add`}
        className="button button--secondary"
        aria-describedby={errors['participants'] ? `${fieldId('participants')}-error` : undefined}
        onClick={() => {
          onChange([...rows, emptyParticipantPeriod()]);
          focusLater(fieldId(`participants.${rows.length}.period`));
        }}
      >
        {t('initiativeForm.fields.addParticipantPeriod')}
      </button>
    </>
  );
}
