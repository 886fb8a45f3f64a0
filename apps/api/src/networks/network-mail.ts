import { Injectable } from '@nestjs/common';
import { NETWORK_ROLES, type Locale } from '@portal/shared-domain';
import { composeMail } from '../mail/mail-layout.js';
import { MailOutbox } from '../mail/mail-outbox.js';
import { requirePrincipal } from '../request/actor.js';
import type { Network } from './network.model.js';

/** The network's page in the web app (apps/web/src/app/site-map.ts). */
export const networkPath = (networkId: string) => `/natverk/${networkId}`;

const TEXTS = {
  sv: {
    subject: (network: string) => `Inbjudan till nätverket ${network}`,
    heading: (network: string) => `Inbjudan till ${network}`,
    invites: (inviter: string, network: string, role: string) => `${inviter} bjuder in dig till nätverket ${network} som ${role}.`,
    newAccount: 'Du har fått ett konto i portalen: ett separat mejl låter dig välja lösenord. Logga sedan in och svara på inbjudan under Nätverk.',
    existing: 'Logga in och svara på inbjudan under Nätverk.',
    answer: 'Svara på inbjudan',
    reason: (inviter: string, email: string) =>
      `Du får det här brevet för att ${inviter} har bjudit in ${email} till ett nätverk i Projektkontor Östergötland.`,
    stop: 'Sluta få inbjudningar till nätverk',
  },
  en: {
    subject: (network: string) => `Invitation to the network ${network}`,
    heading: (network: string) => `Invitation to ${network}`,
    invites: (inviter: string, network: string, role: string) => `${inviter} invites you to the network ${network} as ${role}.`,
    newAccount:
      'An account in the portal has been made for you: a separate mail lets you choose a password. Then sign in and answer the invitation under Networks.',
    existing: 'Sign in and answer the invitation under Networks.',
    answer: 'Answer the invitation',
    reason: (inviter: string, email: string) => `You receive this because ${inviter} has invited ${email} to a network in Projektkontor Östergötland.`,
    stop: 'Stop invitations to networks',
  },
} as const;

/** The invitation to join a network, queued with the change that made it. */
@Injectable()
export class NetworkMail {
  constructor(private readonly outbox: MailOutbox) {}

  async invitation(input: { network: Network; email: string; name: string; role: string; newAccount: boolean; locale: Locale }): Promise<void> {
    const links = this.outbox.links;
    const principal = requirePrincipal();
    const inviter = principal.name ?? principal.username;
    const t = TEXTS[input.locale];
    const role = NETWORK_ROLES.find((r) => r.code === input.role)?.label[input.locale].toLowerCase() ?? input.role;
    const mail = composeMail({
      locale: input.locale,
      heading: t.heading(input.network.name),
      paragraphs: [
        t.invites(inviter, input.network.name, role),
        ...(input.network.purpose ? [input.network.purpose] : []),
        input.newAccount ? t.newAccount : t.existing,
      ],
      action: { label: t.answer, url: links.portal('/natverk') },
      reason: t.reason(inviter, input.email),
      stop: { label: t.stop, url: links.stop(input.email, 'network-invitation', input.locale) },
      portalUrl: links.portalUrl,
    });
    await this.outbox.enqueue({
      kind: 'network-invitation',
      to: { email: input.email, name: input.name },
      locale: input.locale,
      subject: t.subject(input.network.name),
      ...mail,
    });
  }
}
