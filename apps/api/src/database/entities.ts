import { AuditEvent } from '../audit/audit-event.entity.js';
import { MembershipRevocation } from '../auth/membership-revocation.entity.js';
import { InitiativeChangeRow } from '../initiatives/initiative-change.entity.js';
import { InitiativeFollowUpRow } from '../initiatives/initiative-follow-up.entity.js';
import { InitiativeRelationRow } from '../initiatives/initiative-relation.entity.js';
import { InitiativeRow } from '../initiatives/initiative.entity.js';
import { MailMessageRow } from '../mail/mail-message.entity.js';
import { MailOptOutRow } from '../mail/mail-opt-out.entity.js';
import { MailSecretRow } from '../mail/mail-secret.entity.js';
import { InitiativeMethodRow } from '../methods/initiative-method.entity.js';
import { MethodChangeRow } from '../methods/method-change.entity.js';
import { MethodRow } from '../methods/method.entity.js';
import { OrganizationInvitationRow } from '../organization-admin/organization-invitation.entity.js';
import { Organization } from '../organizations/organization.entity.js';
import { ActionItemRow } from '../meetings/action-item.entity.js';
import { AgendaItemRow } from '../meetings/agenda-item.entity.js';
import { CalendarSubscriptionRow } from '../meetings/calendar-subscription.entity.js';
import { MeetingAttendanceRow } from '../meetings/meeting-attendance.entity.js';
import { MeetingMinutesRow } from '../meetings/meeting-minutes.entity.js';
import { MeetingSeriesRow } from '../meetings/meeting-series.entity.js';
import { MeetingRow } from '../meetings/meeting.entity.js';
import { NetworkDecisionRow } from '../meetings/network-decision.entity.js';
import { NetworkEventRow } from '../networks/network-event.entity.js';
import { NetworkMemberRow } from '../networks/network-member.entity.js';
import { NetworkShareRow } from '../networks/network-share.entity.js';
import { NetworkRow } from '../networks/network.entity.js';
import { MaterialAdaptationRow } from '../material/material-adaptation.entity.js';
import { MaterialChangeRow } from '../material/material-change.entity.js';
import { MaterialVersionRow } from '../material/material-version.entity.js';
import { MaterialRow } from '../material/material.entity.js';
import { MaterialFileChunkRow } from '../material/files/material-file-chunk.entity.js';
import { MaterialFileTicketRow } from '../material/files/material-file-ticket.entity.js';
import { MaterialFileRow } from '../material/files/material-file.entity.js';

/** Every TypeORM entity; the migration check compares exactly these with the migrated schema. */
export const ENTITIES = [
  Organization,
  AuditEvent,
  InitiativeRow,
  InitiativeRelationRow,
  InitiativeFollowUpRow,
  InitiativeChangeRow,
  OrganizationInvitationRow,
  MembershipRevocation,
  MethodRow,
  MethodChangeRow,
  InitiativeMethodRow,
  NetworkRow,
  NetworkMemberRow,
  NetworkShareRow,
  NetworkEventRow,
  MeetingSeriesRow,
  MeetingRow,
  MeetingMinutesRow,
  AgendaItemRow,
  MeetingAttendanceRow,
  NetworkDecisionRow,
  ActionItemRow,
  CalendarSubscriptionRow,
  MailMessageRow,
  MailOptOutRow,
  MailSecretRow,
  MaterialRow,
  MaterialChangeRow,
  MaterialVersionRow,
  MaterialAdaptationRow,
  MaterialFileRow,
  MaterialFileChunkRow,
  MaterialFileTicketRow,
];
