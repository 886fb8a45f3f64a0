import { Injectable } from '@nestjs/common';
import { NETWORK_ROLES } from '@portal/shared-domain';
import { composeMail } from '../mail/mail-layout.js';
import { MailOutbox } from '../mail/mail-outbox.js';
import { requirePrincipal } from '../request/actor.js';
import type { Network } from './network.model.js';

/** The network's page in the web app (apps/web/src/app/site-map.ts). */
export const networkPath = (networkId: string) => `/natverk/${networkId}`;

/** The invitation to join a network, queued with the change that made it. */
@Injectable()
export class NetworkMail {
  constructor(private readonly outbox: MailOutbox) {}

  /** An invitation to join the network, to the invited address. */
  async invitation(input: { network: Network; email: string; name: string; role: string; newAccount: boolean }): Promise<void> {
    const links = this.outbox.links;
    const principal = requirePrincipal();
    const inviter = principal.name ?? principal.username;
    const role = NETWORK_ROLES.find((r) => r.code === input.role)?.label.sv.toLowerCase() ?? 'medlem';
    const mail = composeMail({
      locale: 'sv',
      heading: `Inbjudan till ${input.network.name}`,
      paragraphs: [
        `${inviter} bjuder in dig till nätverket ${input.network.name} som ${role}.`,
        ...(input.network.purpose ? [input.network.purpose] : []),
        input.newAccount
          ? 'Du har fått ett konto i portalen: ett separat mejl låter dig välja lösenord. Logga sedan in och svara på inbjudan under Nätverk.'
          : 'Logga in och svara på inbjudan under Nätverk.',
      ],
      action: { label: 'Svara på inbjudan', url: links.portal('/natverk') },
      reason: `Du får det här brevet för att ${inviter} har bjudit in ${input.email} till ett nätverk i Projektkontor Östergötland.`,
      stop: { label: 'Sluta få inbjudningar till nätverk', url: links.stop(input.email, 'network-invitation', 'sv') },
      portalUrl: links.portalUrl,
    });
    await this.outbox.enqueue({
      kind: 'network-invitation',
      to: { email: input.email, name: input.name },
      locale: 'sv',
      subject: `Inbjudan till nätverket ${input.network.name}`,
      ...mail,
    });
  }
}
