import { FUNDER_TYPES, FUNDING_STATUSES, PARTNER_ROLES } from '@portal/shared-domain';
import { SelectField, TextField } from '../../forms/form-fields';
import { RepeatableRows } from '../../forms/repeatable-rows';
import { useLocale } from '../../i18n/use-locale';
import {
  COUNT_FIELDS,
  emptyFundingLine,
  emptyParticipantPeriod,
  emptyPartner,
  type FundingLineState,
  type ParticipantPeriodState,
  type PartnerState,
} from './initiative-form-state';
import { useInitiativeFormTranslation } from './initiative-form.i18n';

interface ListProps<T> {
  readonly rows: readonly T[];
  readonly onChange: (rows: T[]) => void;
  readonly errorOf: (path: string) => string | undefined;
}

export function PartnerList({
  rows,
  onChange,
  errorOf,
  organizations,
}: ListProps<PartnerState> & { readonly organizations: ReadonlyArray<{ readonly slug: string; readonly name: string }> }) {
  const { t } = useInitiativeFormTranslation();
  const locale = useLocale();
  const roleOptions = PARTNER_ROLES.map((r) => ({ value: r.code, label: r.label[locale] }));
  const organizationOptions = organizations.map((o) => ({ value: o.slug, label: o.name }));
  return (
    <RepeatableRows
      path="partners"
      rows={rows}
      onChange={onChange}
      newRow={emptyPartner}
      firstField="role"
      error={errorOf('partners')}
      texts={{
        legend: (number) => t('initiativeForm.fields.partner', { number }),
        remove: (number) => t('initiativeForm.fields.removePartner', { number }),
        add: t('initiativeForm.fields.addPartner'),
        empty: t('initiativeForm.fields.noPartners'),
      }}
    >
      {({ row, path, update }) => (
        <>
          <SelectField
            path={`${path}.role`}
            label={t('initiativeForm.fields.partnerRole.label')}
            hint={t('initiativeForm.fields.partnerRole.hint')}
            error={errorOf(`${path}.role`)}
            value={row.role}
            options={roleOptions}
            onChange={(role) => update({ role })}
          />
          <SelectField
            path={`${path}.organization`}
            label={t('initiativeForm.fields.partnerOrganization.label')}
            hint={t('initiativeForm.fields.partnerOrganization.hint')}
            error={errorOf(`${path}.organization`)}
            value={row.organization}
            placeholder={t('initiativeForm.fields.externalPartner')}
            options={organizationOptions}
            onChange={(organization) => update({ organization })}
          />
          {!row.organization && (
            <TextField
              path={`${path}.name`}
              label={t('initiativeForm.fields.partnerName.label')}
              hint={t('initiativeForm.fields.partnerName.hint')}
              error={errorOf(`${path}.name`)}
              value={row.name}
              onChange={(name) => update({ name })}
            />
          )}
        </>
      )}
    </RepeatableRows>
  );
}

export function FundingLineList({ rows, onChange, errorOf }: ListProps<FundingLineState>) {
  const { t } = useInitiativeFormTranslation();
  const locale = useLocale();
  const funderOptions = FUNDER_TYPES.map((f) => ({ value: f.code, label: f.label[locale] }));
  const statusOptions = FUNDING_STATUSES.map((s) => ({ value: s.code, label: s.label[locale] }));
  return (
    <RepeatableRows
      path="fundingLines"
      rows={rows}
      onChange={onChange}
      newRow={emptyFundingLine}
      firstField="funderType"
      error={errorOf('fundingLines')}
      texts={{
        legend: (number) => t('initiativeForm.fields.fundingLine', { number }),
        remove: (number) => t('initiativeForm.fields.removeFundingLine', { number }),
        add: t('initiativeForm.fields.addFundingLine'),
        empty: t('initiativeForm.fields.noFundingLines'),
      }}
    >
      {({ row, path, update }) => (
        <>
          <SelectField
            path={`${path}.funderType`}
            label={t('initiativeForm.fields.funderType.label')}
            hint={t('initiativeForm.fields.funderType.hint')}
            error={errorOf(`${path}.funderType`)}
            value={row.funderType}
            placeholder={t('forms.select')}
            options={funderOptions}
            required
            onChange={(funderType) => update({ funderType })}
          />
          {(['funderName', 'registryNumber', 'programmeArea', 'amountSek'] as const).map((field) => (
            <TextField
              key={field}
              path={`${path}.${field}`}
              label={t(`initiativeForm.fields.${field}.label`)}
              hint={t(`initiativeForm.fields.${field}.hint`)}
              error={errorOf(`${path}.${field}`)}
              value={row[field]}
              inputMode={field === 'amountSek' ? 'decimal' : undefined}
              width="medium"
              onChange={(value) => update({ [field]: value })}
            />
          ))}
          <SelectField
            path={`${path}.status`}
            label={t('initiativeForm.fields.fundingStatus.label')}
            hint={t('initiativeForm.fields.fundingStatus.hint')}
            error={errorOf(`${path}.status`)}
            value={row.status}
            options={statusOptions}
            onChange={(status) => update({ status })}
          />
        </>
      )}
    </RepeatableRows>
  );
}

export function ParticipantPeriodList({ rows, onChange, errorOf }: ListProps<ParticipantPeriodState>) {
  const { t } = useInitiativeFormTranslation();
  return (
    <RepeatableRows
      path="participants"
      rows={rows}
      onChange={onChange}
      newRow={emptyParticipantPeriod}
      firstField="period"
      error={errorOf('participants')}
      texts={{
        legend: (number) => t('initiativeForm.fields.participantPeriod', { number }),
        remove: (number) => t('initiativeForm.fields.removeParticipantPeriod', { number }),
        add: t('initiativeForm.fields.addParticipantPeriod'),
        empty: t('initiativeForm.fields.noParticipantPeriods'),
      }}
    >
      {({ row, path, update }) => (
        <>
          <TextField
            path={`${path}.period`}
            label={t('initiativeForm.fields.period.label')}
            hint={t('initiativeForm.fields.period.hint')}
            error={errorOf(`${path}.period`)}
            value={row.period}
            width="short"
            required
            onChange={(period) => update({ period })}
          />
          <div className="form-row__counts">
            {COUNT_FIELDS.map((field) => (
              <TextField
                key={field}
                path={`${path}.${field}`}
                label={t(`initiativeForm.fields.${field}.label`)}
                hint={t(`initiativeForm.fields.${field}.hint`)}
                error={errorOf(`${path}.${field}`)}
                value={row[field]}
                inputMode="numeric"
                width="short"
                onChange={(value) => update({ [field]: value })}
              />
            ))}
          </div>
        </>
      )}
    </RepeatableRows>
  );
}
