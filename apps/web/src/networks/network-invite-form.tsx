import { isLocale, NETWORK_ROLES, type Locale, type NetworkRoleCode } from '@portal/shared-domain';
import { CombinedError, useMutation } from 'urql';
import { FieldIdPrefix } from '../forms/field-id-prefix';
import { SelectField, TextField } from '../forms/form-fields';
import { FormActions, FormFeedback } from '../forms/form-feedback';
import { submitOutcome, useFormSubmit, type SubmitOutcome } from '../forms/use-form-submit';
import { errorCodeOf } from '../graphql/error-code';
import { useLocale } from '../i18n/use-locale';
import { codeOptions } from './network-format';
import { inviteNetworkMemberMutation, NETWORK_CHANGED } from './network-queries';
import { useNetworksTranslation } from './networks.i18n';

interface InviteState {
  readonly email: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly role: NetworkRoleCode;
  /** The invitation's language (and of the network's mail to them), the chair's own to begin with. */
  readonly locale: Locale;
}

const emptyInvite = (locale: Locale): InviteState => ({ email: '', firstName: '', lastName: '', role: 'member', locale });
const INVITE_FIELDS = ['email', 'firstName', 'lastName', 'role', 'locale'] as const;
const inviteFieldOrder = () => INVITE_FIELDS;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;
const isRole = (value: string): value is NetworkRoleCode => NETWORK_ROLES.some((role) => role.code === value);

/**
 * "Already a member" and "already invited" come as CONFLICT; they are about the address typed, so
 * they are shown at the e-mail field like any other input error.
 */
function conflictAtEmail(outcome: SubmitOutcome): SubmitOutcome {
  if (outcome.kind !== 'failed' || errorCodeOf(outcome.error) !== 'CONFLICT') return outcome;
  const message = outcome.error.graphQLErrors[0]?.message ?? '';
  return {
    kind: 'failed',
    error: new CombinedError({ graphQLErrors: [{ message, extensions: { code: 'BAD_USER_INPUT', fieldErrors: { email: message } } }] }),
  };
}

/** A chair invites someone by e-mail, with a role; the form stays for the next invitation. */
export function NetworkInviteForm({ networkId, onInvited }: { readonly networkId: string; readonly onInvited: (email: string) => void }) {
  const { t } = useNetworksTranslation();
  const locale = useLocale();
  const [, invite] = useMutation(inviteNetworkMemberMutation);
  const form = useFormSubmit<InviteState>({
    initial: emptyInvite(locale),
    fieldOrder: inviteFieldOrder,
    validate: (values): Record<string, string> => (EMAIL.test(values.email.trim()) ? {} : { email: t('networks.invite.emailInvalid') }),
    submit: async (values) => {
      const result = await invite(
        {
          input: {
            networkId,
            email: values.email.trim(),
            firstName: values.firstName.trim() || null,
            lastName: values.lastName.trim() || null,
            role: values.role,
            locale: values.locale,
          },
        },
        NETWORK_CHANGED,
      );
      return conflictAtEmail(submitOutcome(result, () => values.email.trim()));
    },
    onSaved: (email) => {
      form.setValues(emptyInvite(locale));
      onInvited(email);
    },
    // The form stays on the page after each invitation; an address is quickly typed again.
    warnOnLeave: false,
  });
  const { values, set, errorOf } = form;
  return (
    <section aria-labelledby="bjud-in-rubrik">
      <h3 id="bjud-in-rubrik">{t('networks.invite.heading')}</h3>
      <p>{t('networks.invite.intro')}</p>
      <FieldIdPrefix prefix="natverksinbjudan">
        <FormFeedback form={form} saveFailed={t('networks.invite.saveFailed')} conflictHeading={t('networks.invite.saveFailed')} />
        <form className="network-form" noValidate onSubmit={form.onSubmit}>
          <TextField
            path="email"
            type="email"
            autoComplete="off"
            label={t('networks.invite.fields.email.label')}
            required
            error={errorOf('email')}
            value={values.email}
            onChange={(v) => set('email', v)}
          />
          <TextField
            path="firstName"
            label={t('networks.invite.fields.firstName.label')}
            hint={t('networks.invite.fields.firstName.hint')}
            error={errorOf('firstName')}
            value={values.firstName}
            onChange={(v) => set('firstName', v)}
          />
          <TextField
            path="lastName"
            label={t('networks.invite.fields.lastName.label')}
            error={errorOf('lastName')}
            value={values.lastName}
            onChange={(v) => set('lastName', v)}
          />
          <SelectField
            path="role"
            label={t('networks.invite.fields.role.label')}
            options={codeOptions(NETWORK_ROLES, locale)}
            error={errorOf('role')}
            value={values.role}
            onChange={(v) => set('role', isRole(v) ? v : 'member')}
          />
          <SelectField
            path="locale"
            label={t('networks.invite.fields.locale.label')}
            hint={t('networks.invite.fields.locale.hint')}
            options={[
              { value: 'sv', label: t('networks.invite.fields.locale.sv') },
              { value: 'en', label: t('networks.invite.fields.locale.en') },
            ]}
            error={errorOf('locale')}
            value={values.locale}
            onChange={(v) => set('locale', isLocale(v) ? v : locale)}
          />
          <FormActions submitLabel={t('networks.invite.submit')} submitting={form.submitting} />
        </form>
      </FieldIdPrefix>
    </section>
  );
}
