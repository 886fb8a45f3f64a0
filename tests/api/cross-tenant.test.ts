import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { buildSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginWithPkce } from '@portal/identity/dist/login-with-pkce.js';
import { CHANGES } from '../support/history.js';
import { REPO_ROOT, startTestPortal, type TestPortal } from '../support/test-portal.js';
import { errorCodes, gql, type GraphQLResponse } from '../support/graphql-client.js';
import { stageTextFile, tokenSubject } from '../support/material-files.js';

const DEMO_USERS = [
  'projektledare.linkoping',
  'projektledare.norrkoping',
  'projektledare.ydre',
  'admin.linkoping',
  'samordnare.region',
  'ordforande.hr',
  'flera.org',
] as const;
const MEMBERSHIP: Record<(typeof DEMO_USERS)[number], string[]> = {
  'projektledare.linkoping': ['linkoping'],
  'projektledare.norrkoping': ['norrkoping'],
  'projektledare.ydre': ['ydre'],
  'admin.linkoping': ['linkoping'],
  'samordnare.region': ['region-ostergotland'],
  'ordforande.hr': ['motala'],
  'flera.org': ['mjolby', 'vadstena'],
};
/** Private data of each target organisation that no outsider may ever receive. */
const SECRETS: Record<
  string,
  {
    memberId: string;
    markers: string[];
    owner: string;
    initiativeId: string;
    relationId: string;
    followUpId: string;
    invitationId: string;
    methodId: string;
    networkId: string;
    networkMemberId: string;
    meetingId: string;
    actionItemId: string;
    materialId: string;
    materialFileId: string;
  }
> = {
  linkoping: {
    memberId: '5b1f7d0e-0a51-4c1e-9a01-000000000001',
    markers: [
      'projektledare.linkoping',
      'hemlig.person@linkoping.se',
      'hemlig.inbjuden@linkoping.se',
      'Anna Lind',
      'Hemligt initiativ i Linköping',
      'Hemlig metod i Linköping',
      'Hemligt material i Linköping',
      'hemlig-fil-linkoping.txt',
    ],
    owner: 'projektledare.linkoping',
    initiativeId: '',
    relationId: '',
    followUpId: '',
    invitationId: '',
    methodId: '',
    networkId: '',
    networkMemberId: '',
    meetingId: '',
    actionItemId: '',
    materialId: '',
    materialFileId: '',
  },
  norrkoping: {
    memberId: '5b1f7d0e-0a51-4c1e-9a01-000000000002',
    markers: [
      'projektledare.norrkoping',
      'hemlig.person@norrkoping.se',
      'hemlig.inbjuden@norrkoping.se',
      'Erik Berg',
      'Hemligt initiativ i Norrköping',
      'Hemlig metod i Norrköping',
      'Hemligt material i Norrköping',
      'hemlig-fil-norrkoping.txt',
    ],
    owner: 'projektledare.norrkoping',
    initiativeId: '',
    relationId: '',
    followUpId: '',
    invitationId: '',
    methodId: '',
    networkId: '',
    networkMemberId: '',
    meetingId: '',
    actionItemId: '',
    materialId: '',
    materialFileId: '',
  },
};
type Secret = (typeof SECRETS)[string];
const INITIATIVE_INPUT = { title: 'Kapad insats', kind: 'pilot', status: 'idea', visibility: 'PUBLIC' };
const METHOD_INPUT = { name: 'Kapad metod', visibility: 'PUBLIC' };
const MATERIAL_INPUT = { title: 'Kapat material', kind: 'template', visibility: 'PUBLIC' };

/** Every operation, called against a foreign organisation. Keys must cover schema.gql. */
const OPERATIONS: Record<
  string,
  (target: string, memberId: string, secret: Secret) => { query: string; variables?: Record<string, unknown>; orgHeader?: string; mutation?: boolean }
> = {
  'Query.me': (target) => ({ query: '{ me { username organizations { slug } activeOrganization { slug } } }', orgHeader: target }),
  'Query.organization': (target) => ({ query: 'query($s: String!) { organization(slug: $s) { slug name } }', variables: { s: target } }),
  'Query.organizations': () => ({ query: '{ organizations { slug name } }' }),
  'Query.vocabularies': () => ({ query: '{ vocabularies { name } }' }),
  'Query.organizationMembers': (target) => ({
    query: 'query($o: String) { organizationMembers(organization: $o) { username email name } }',
    variables: { o: target },
  }),
  'Query.organizationAuditLog': (target) => ({ query: '{ organizationAuditLog { action actorUsername subject } }', orgHeader: target }),
  'Mutation.inviteMember': (target) => ({
    query: 'mutation($i: InviteMemberInput!) { inviteMember(input: $i) { id email status } }',
    variables: { i: { email: 'inkräktare@example.se', organization: target } },
    mutation: true,
  }),
  'Mutation.removeMember': (target, memberId) => ({
    query: 'mutation($u: ID!, $o: String) { removeMember(userId: $u, organization: $o) }',
    variables: { u: memberId, o: target },
    mutation: true,
  }),
  'Mutation.setOrganizationAdmin': (target, memberId) => ({
    query: 'mutation($u: ID!, $o: String) { setOrganizationAdmin(userId: $u, admin: true, organization: $o) { id username isOrganizationAdmin } }',
    variables: { u: memberId, o: target },
    mutation: true,
  }),
  'Query.organizationInvitations': (target) => ({
    query: 'query($o: String) { organizationInvitations(organization: $o) { id email invitedByUsername } }',
    variables: { o: target },
  }),
  'Query.myInvitations': (target) => ({ query: '{ myInvitations { id email organization { slug } } }', orgHeader: target }),
  'Mutation.acceptInvitation': (_t, _m, secret) => ({
    query: 'mutation($id: ID!) { acceptInvitation(id: $id) { id email } }',
    variables: { id: secret.invitationId },
    mutation: true,
  }),
  'Mutation.declineInvitation': (_t, _m, secret) => ({
    query: 'mutation($id: ID!) { declineInvitation(id: $id) { id email } }',
    variables: { id: secret.invitationId },
    mutation: true,
  }),
  'Mutation.withdrawInvitation': (target, _m, secret) => ({
    query: 'mutation($id: ID!, $o: String) { withdrawInvitation(id: $id, organization: $o) { id email } }',
    variables: { id: secret.invitationId, o: target },
    mutation: true,
  }),
  'Query.initiatives': () => ({
    query: '{ initiatives(search: "Hemligt initiativ", first: 50, filter: { includeArchived: true }) { totalCount edges { node { title } } } }',
  }),
  'Query.initiative': (_t, _m, secret) => ({ query: 'query($id: ID!) { initiative(id: $id) { title } }', variables: { id: secret.initiativeId } }),
  'Query.initiativeHistory': (_t, _m, secret) => ({
    query: `query($id: ID!) { initiativeHistory(id: $id) { actorName ${CHANGES} } }`,
    variables: { id: secret.initiativeId },
  }),
  'Query.myFollowUps': (target) => ({ query: '{ myFollowUps { id initiative { title } } }', orgHeader: target }),
  'Query.overdueFollowUps': () => ({ query: '{ overdueFollowUps { id initiative { title } } }' }),
  'Query.regionOverview': () => ({
    query: '{ regionOverview { initiativeCount runningCount participants { total { display } } organizations { slug initiativeCount } } }',
  }),
  'Mutation.createInitiative': (target) => ({
    query: 'mutation($i: InitiativeInput!) { createInitiative(input: $i) { id } }',
    variables: { i: INITIATIVE_INPUT },
    orgHeader: target,
    mutation: true,
  }),
  'Mutation.updateInitiative': (_t, _m, secret) => ({
    query: 'mutation($id: ID!, $i: InitiativeInput!) { updateInitiative(id: $id, version: 1, input: $i) { title } }',
    variables: { id: secret.initiativeId, i: INITIATIVE_INPUT },
    mutation: true,
  }),
  'Mutation.archiveInitiative': (_t, _m, secret) => ({
    query: 'mutation($id: ID!) { archiveInitiative(id: $id) { title } }',
    variables: { id: secret.initiativeId },
    mutation: true,
  }),
  'Mutation.restoreInitiative': (_t, _m, secret) => ({
    query: 'mutation($id: ID!) { restoreInitiative(id: $id) { title } }',
    variables: { id: secret.initiativeId },
    mutation: true,
  }),
  'Mutation.addInitiativeRelation': (_t, _m, secret) => ({
    query: 'mutation($i: InitiativeRelationInput!) { addInitiativeRelation(input: $i) { id other { title } } }',
    variables: { i: { fromId: secret.initiativeId, toId: '5b1f7d0e-0a51-4c1e-9a01-00000000ffff', kind: 'builds-on' } },
    mutation: true,
  }),
  'Mutation.removeInitiativeRelation': (_t, _m, secret) => ({
    query: 'mutation($id: ID!) { removeInitiativeRelation(id: $id) }',
    variables: { id: secret.relationId },
    mutation: true,
  }),
  'Mutation.recordFollowUp': (_t, _m, secret) => ({
    query: 'mutation($id: ID!, $i: FollowUpInput!) { recordFollowUp(id: $id, input: $i) { livesOn } }',
    variables: { id: secret.followUpId, i: { status: 'discontinued' } },
    mutation: true,
  }),
  'Query.methods': () => ({
    query:
      '{ methods(search: "Hemlig metod", first: 50, filter: { includeArchived: true }) { totalCount edges { node { name usedBy { initiative { title } } } } } }',
  }),
  'Query.method': (_t, _m, secret) => ({
    query: 'query($id: ID!) { method(id: $id) { name usedBy { initiative { title } } organizationsUsing { contacts { name } } } }',
    variables: { id: secret.methodId },
  }),
  'Query.methodHistory': (_t, _m, secret) => ({
    query: `query($id: ID!) { methodHistory(id: $id) { actorName ${CHANGES} } }`,
    variables: { id: secret.methodId },
  }),
  'Mutation.createMethod': (target) => ({
    query: 'mutation($i: MethodInput!) { createMethod(input: $i) { id } }',
    variables: { i: METHOD_INPUT },
    orgHeader: target,
    mutation: true,
  }),
  'Mutation.updateMethod': (_t, _m, secret) => ({
    query: 'mutation($id: ID!, $i: MethodInput!) { updateMethod(id: $id, version: 1, input: $i) { name } }',
    variables: { id: secret.methodId, i: METHOD_INPUT },
    mutation: true,
  }),
  'Mutation.archiveMethod': (_t, _m, secret) => ({
    query: 'mutation($id: ID!) { archiveMethod(id: $id) { name } }',
    variables: { id: secret.methodId },
    mutation: true,
  }),
  'Mutation.restoreMethod': (_t, _m, secret) => ({
    query: 'mutation($id: ID!) { restoreMethod(id: $id) { name } }',
    variables: { id: secret.methodId },
    mutation: true,
  }),
  'Mutation.linkInitiativeMethod': (_t, _m, secret) => ({
    query: 'mutation($i: ID!, $m: ID!) { linkInitiativeMethod(initiativeId: $i, methodId: $m) { title methodRefs { name } } }',
    variables: { i: secret.initiativeId, m: secret.methodId },
    mutation: true,
  }),
  'Mutation.unlinkInitiativeMethod': (_t, _m, secret) => ({
    query: 'mutation($i: ID!, $m: ID!) { unlinkInitiativeMethod(initiativeId: $i, methodId: $m) { title methodRefs { name } } }',
    variables: { i: secret.initiativeId, m: secret.methodId },
    mutation: true,
  }),
  'Query.materials': () => ({
    query:
      '{ materials(search: "Hemligt material", first: 50, filter: { includeArchived: true }) { totalCount edges { node { title currentVersion { files { name } } } } } }',
  }),
  'Query.material': (_t, _m, secret) => ({
    query: 'query($id: ID!) { material(id: $id) { title responsibleEmail versions { files { name } } adaptations { organization { slug } } } }',
    variables: { id: secret.materialId },
  }),
  'Query.materialHistory': (_t, _m, secret) => ({
    query: `query($id: ID!) { materialHistory(id: $id) { actorName ${CHANGES} } }`,
    variables: { id: secret.materialId },
  }),
  'Query.materialReviews': (target) => ({
    query: '{ materialReviews { responsible { title } organization { title } originalChanged { title } } }',
    orgHeader: target,
  }),
  'Mutation.createMaterial': (target, _m, secret) => ({
    query: 'mutation($i: MaterialInput!, $f: MaterialVersionInput) { createMaterial(input: $i, files: $f) { id currentVersion { files { name } } } }',
    variables: { i: MATERIAL_INPUT, f: { fileIds: [secret.materialFileId] } },
    orgHeader: target,
    mutation: true,
  }),
  'Mutation.updateMaterial': (_t, _m, secret) => ({
    query: 'mutation($id: ID!, $i: MaterialInput!) { updateMaterial(id: $id, version: 2, input: $i) { title } }',
    variables: { id: secret.materialId, i: MATERIAL_INPUT },
    mutation: true,
  }),
  'Mutation.publishMaterialVersion': (_t, _m, secret) => ({
    query: 'mutation($id: ID!, $i: MaterialVersionInput!) { publishMaterialVersion(id: $id, version: 2, input: $i) { title } }',
    variables: { id: secret.materialId, i: { fileIds: [secret.materialFileId] } },
    mutation: true,
  }),
  'Mutation.adaptMaterial': (_t, _m, secret) => ({
    query: 'mutation($id: ID!) { adaptMaterial(id: $id) { title currentVersion { files { name } } } }',
    variables: { id: secret.materialId },
    mutation: true,
  }),
  'Mutation.markMaterialReviewed': (_t, _m, secret) => ({
    query: 'mutation($id: ID!) { markMaterialReviewed(id: $id, version: 2) { title } }',
    variables: { id: secret.materialId },
    mutation: true,
  }),
  'Mutation.acknowledgeMaterialOriginalChange': (_t, _m, secret) => ({
    query: 'mutation($id: ID!) { acknowledgeMaterialOriginalChange(id: $id, version: 2) { title } }',
    variables: { id: secret.materialId },
    mutation: true,
  }),
  'Mutation.archiveMaterial': (_t, _m, secret) => ({
    query: 'mutation($id: ID!) { archiveMaterial(id: $id) { title } }',
    variables: { id: secret.materialId },
    mutation: true,
  }),
  'Mutation.restoreMaterial': (_t, _m, secret) => ({
    query: 'mutation($id: ID!) { restoreMaterial(id: $id) { title } }',
    variables: { id: secret.materialId },
    mutation: true,
  }),
  'Mutation.createMaterialFileLink': (_t, _m, secret) => ({
    query: 'mutation($f: ID!) { createMaterialFileLink(fileId: $f) { url } }',
    variables: { f: secret.materialFileId },
    mutation: true,
  }),
  'Mutation.rescanMaterialFile': (_t, _m, secret) => ({
    query: 'mutation($f: ID!) { rescanMaterialFile(fileId: $f) { id scanStatus } }',
    variables: { f: secret.materialFileId },
    mutation: true,
  }),
  'Query.initiativeOverlaps': (_t, _m, secret) => ({
    query: 'query($id: ID!) { initiativeOverlaps(id: $id, first: 20) { initiative { title } reasons { code values } } }',
    variables: { id: secret.initiativeId },
  }),
  'Query.similarInitiatives': (target) => ({
    query: 'query($d: OverlapDraftInput!) { similarInitiatives(draft: $d, first: 20) { initiative { title contactPerson { name email } } } }',
    variables: { d: { title: `Hemligt initiativ i ${target === 'linkoping' ? 'Linköping' : 'Norrköping'}`, kind: 'pilot', startDate: '2022-01-01' } },
  }),
  'Query.initiativeOverlapDecisions': (_t, _m, secret) => ({
    query: 'query($id: ID!) { initiativeOverlapDecisions(id: $id) { other { title } decision { note } } }',
    variables: { id: secret.initiativeId },
  }),
  'Query.overlapPairs': (target) => ({
    query: 'query($o: String) { overlapPairs(first: 100, includeDecided: true, organization: $o) { pairs { a { title } b { title } } } }',
    variables: { o: target },
  }),
  'Mutation.decideOverlap': (_t, memberId, secret) => ({
    query: 'mutation($i: OverlapDecisionInput!) { decideOverlap(input: $i) { decision } }',
    variables: { i: { initiativeId: secret.initiativeId, otherInitiativeId: memberId, decision: 'NO_OVERLAP', note: '' } },
    mutation: true,
  }),
  'Mutation.reopenOverlap': (_t, memberId, secret) => ({
    query: 'mutation($a: ID!, $b: ID!) { reopenOverlap(initiativeId: $a, otherInitiativeId: $b) }',
    variables: { a: secret.initiativeId, b: memberId },
    mutation: true,
  }),
  'Query.networks': () => ({
    query: '{ networks { name members { displayName email } pendingMembers { displayName email } events { subject actorName } shared { title } } }',
  }),
  'Query.network': (_t, _m, secret) => ({
    query: 'query($id: ID!) { network(id: $id) { name members { displayName email } pendingMembers { email } events { subject } shared { title } } }',
    variables: { id: secret.networkId },
  }),
  'Mutation.createNetwork': (target) => ({
    query: 'mutation($i: NetworkInput!) { createNetwork(input: $i) { id } }',
    variables: { i: { name: 'Kapat nätverk', level: 'local', kind: 'hr' } },
    orgHeader: target,
    mutation: true,
  }),
  'Mutation.updateNetwork': (_t, _m, secret) => ({
    query: 'mutation($id: ID!, $i: NetworkInput!) { updateNetwork(id: $id, version: 1, input: $i) { name } }',
    variables: { id: secret.networkId, i: { name: 'Kapat nätverk', level: 'local', kind: 'hr' } },
    mutation: true,
  }),
  'Mutation.inviteNetworkMember': (_t, _m, secret) => ({
    query: 'mutation($i: InviteNetworkMemberInput!) { inviteNetworkMember(input: $i) { email } }',
    variables: { i: { networkId: secret.networkId, email: 'inkräktare@example.se' } },
    mutation: true,
  }),
  'Mutation.respondToNetworkInvitation': (_t, _m, secret) => ({
    query: 'mutation($n: ID!) { respondToNetworkInvitation(networkId: $n, accept: true) { members { email } } }',
    variables: { n: secret.networkId },
    mutation: true,
  }),
  'Mutation.requestToJoinNetwork': (_t, _m, secret) => ({
    query: 'mutation($n: ID!) { requestToJoinNetwork(networkId: $n) { members { email } } }',
    variables: { n: secret.networkId },
    mutation: true,
  }),
  'Mutation.decideNetworkRequest': (_t, _m, secret) => ({
    query: 'mutation($m: ID!) { decideNetworkRequest(memberId: $m, approve: true) { members { email } } }',
    variables: { m: secret.networkMemberId },
    mutation: true,
  }),
  'Mutation.changeNetworkMemberRole': (_t, _m, secret) => ({
    query: 'mutation($m: ID!) { changeNetworkMemberRole(memberId: $m, role: "chair") { email } }',
    variables: { m: secret.networkMemberId },
    mutation: true,
  }),
  'Mutation.removeNetworkMember': (_t, _m, secret) => ({
    query: 'mutation($m: ID!) { removeNetworkMember(memberId: $m) { name } }',
    variables: { m: secret.networkMemberId },
    mutation: true,
  }),
  'Mutation.leaveNetwork': (_t, _m, secret) => ({
    query: 'mutation($n: ID!) { leaveNetwork(networkId: $n) { name } }',
    variables: { n: secret.networkId },
    mutation: true,
  }),
  'Mutation.shareWithNetwork': (_t, _m, secret) => ({
    query: 'mutation($i: NetworkShareInput!) { shareWithNetwork(input: $i) { name } }',
    variables: { i: { networkId: secret.networkId, recordKind: 'initiative', recordId: secret.initiativeId } },
    mutation: true,
  }),
  'Mutation.unshareFromNetwork': (_t, _m, secret) => ({
    query: 'mutation($i: NetworkShareInput!) { unshareFromNetwork(input: $i) { name } }',
    variables: { i: { networkId: secret.networkId, recordKind: 'method', recordId: secret.methodId } },
    mutation: true,
  }),
  'Query.meeting': (_t, _m, secret) => ({
    query: 'query($id: ID!) { meeting(id: $id) { title agenda { title } minutes { body } actionItems { title } } }',
    variables: { id: secret.meetingId },
  }),
  'Query.calendarSubscriptions': () => ({ query: '{ calendarSubscriptions { id network { name } } }' }),
  'Mutation.createMeetingSeries': (_t, _m, secret) => ({
    query: 'mutation($i: MeetingSeriesInput!) { createMeetingSeries(input: $i) { id } }',
    variables: {
      i: {
        networkId: secret.networkId,
        title: 'Kapad serie',
        recurrence: { frequency: 'weekly', interval: 1, weekday: 'MO' },
        firstDate: '2030-01-07',
        startTime: '10:00',
        endTime: '11:00',
      },
    },
    mutation: true,
  }),
  'Mutation.updateMeetingSeries': (_t, _m, secret) => ({
    query: 'mutation($id: ID!, $i: MeetingSeriesInput!) { updateMeetingSeries(id: $id, version: 1, input: $i) { id } }',
    variables: {
      id: secret.meetingId,
      i: {
        networkId: secret.networkId,
        title: 'Kapad serie',
        recurrence: { frequency: 'weekly', interval: 1, weekday: 'MO' },
        firstDate: '2030-01-07',
        startTime: '10:00',
        endTime: '11:00',
      },
    },
    mutation: true,
  }),
  'Mutation.endMeetingSeries': (_t, _m, secret) => ({
    query: 'mutation($id: ID!) { endMeetingSeries(id: $id) { id } }',
    variables: { id: secret.meetingId },
    mutation: true,
  }),
  'Mutation.createMeeting': (_t, _m, secret) => ({
    query: 'mutation($n: ID!, $i: MeetingInput!) { createMeeting(networkId: $n, input: $i) { id } }',
    variables: { n: secret.networkId, i: { title: 'Kapat möte', date: '2030-01-07', startTime: '10:00', endTime: '11:00' } },
    mutation: true,
  }),
  'Mutation.updateMeeting': (_t, _m, secret) => ({
    query: 'mutation($id: ID!, $i: MeetingInput!) { updateMeeting(id: $id, version: 1, input: $i) { title } }',
    variables: { id: secret.meetingId, i: { title: 'Kapat möte', date: '2030-01-07', startTime: '10:00', endTime: '11:00' } },
    mutation: true,
  }),
  'Mutation.cancelMeeting': (_t, _m, secret) => ({
    query: 'mutation($id: ID!) { cancelMeeting(id: $id, version: 1) { title } }',
    variables: { id: secret.meetingId },
    mutation: true,
  }),
  'Mutation.setMeetingAgenda': (_t, _m, secret) => ({
    query: 'mutation($id: ID!) { setMeetingAgenda(meetingId: $id, items: [{ title: "Kapad punkt" }]) { title } }',
    variables: { id: secret.meetingId },
    mutation: true,
  }),
  'Mutation.holdMeeting': (_t, _m, secret) => ({
    query: 'mutation($id: ID!) { holdMeeting(meetingId: $id, attendees: [{ name: "Inkräktare" }]) { title } }',
    variables: { id: secret.meetingId },
    mutation: true,
  }),
  'Mutation.saveMeetingMinutes': (_t, _m, secret) => ({
    query: 'mutation($id: ID!) { saveMeetingMinutes(meetingId: $id, body: "Kapat") { body } }',
    variables: { id: secret.meetingId },
    mutation: true,
  }),
  'Mutation.publishMeetingMinutes': (_t, _m, secret) => ({
    query: 'mutation($id: ID!) { publishMeetingMinutes(meetingId: $id) { body } }',
    variables: { id: secret.meetingId },
    mutation: true,
  }),
  'Mutation.addNetworkDecision': (_t, _m, secret) => ({
    query: 'mutation($i: DecisionInput!) { addNetworkDecision(input: $i) { label } }',
    variables: { i: { meetingId: secret.meetingId, text: 'Kapat beslut' } },
    mutation: true,
  }),
  'Mutation.updateNetworkDecision': (_t, _m, secret) => ({
    query: 'mutation($id: ID!, $i: DecisionInput!) { updateNetworkDecision(id: $id, input: $i) { label } }',
    variables: { id: secret.actionItemId, i: { meetingId: secret.meetingId, text: 'Kapat beslut' } },
    mutation: true,
  }),
  'Mutation.addActionItem': (_t, _m, secret) => ({
    query: 'mutation($id: ID!) { addActionItem(meetingId: $id, input: { title: "Kapad", ownerName: "X" }) { title } }',
    variables: { id: secret.meetingId },
    mutation: true,
  }),
  'Mutation.updateActionItem': (_t, _m, secret) => ({
    query: 'mutation($id: ID!) { updateActionItem(id: $id, version: 1, input: { title: "Kapad", ownerName: "X" }) { title } }',
    variables: { id: secret.actionItemId },
    mutation: true,
  }),
  'Mutation.setActionItemStatus': (_t, _m, secret) => ({
    query: 'mutation($id: ID!) { setActionItemStatus(id: $id, status: "done") { title } }',
    variables: { id: secret.actionItemId },
    mutation: true,
  }),
  'Mutation.createCalendarSubscription': (_t, _m, secret) => ({
    query: 'mutation($n: ID) { createCalendarSubscription(networkId: $n) { path } }',
    variables: { n: secret.networkId },
    mutation: true,
  }),
  'Mutation.revokeCalendarSubscription': (_t, _m, secret) => ({
    query: 'mutation($id: ID!) { revokeCalendarSubscription(id: $id) }',
    variables: { id: secret.meetingId },
    mutation: true,
  }),
  'Mutation.createOrganization': (target) => ({
    query: 'mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { slug } }',
    variables: { i: { name: 'Kapad kommun', slug: `${target}-kopia`, kind: 'MUNICIPALITY', municipalityCode: '0598', domain: 'kapad.se' } },
    mutation: true,
  }),
  // A stop link made up for someone of the target organisation: without the key's signature it stops nothing.
  'Mutation.stopMail': (target) => ({
    query: 'mutation($t: String!) { stopMail(token: $t) { email topic } }',
    variables: { t: `v1.${Buffer.from(`hemlig.person@${target ?? 'linkoping'}.se\nminutes`).toString('base64url')}.${'A'.repeat(43)}` },
    mutation: true,
  }),
};

describe('no foreign data for any demo role', () => {
  let portal: TestPortal;
  const headersFor = new Map<string, Record<string, string>>();

  beforeAll(async () => {
    // Every demo user calls every operation from one address: the per-address limits are not what is tested here.
    portal = await startTestPortal({
      name: 'cross-tenant',
      identity: true,
      env: { PORTAL_RATE_LIMIT_WRITES_PER_MINUTE_PER_ADDRESS: '0', PORTAL_RATE_LIMIT_SEARCHES_PER_MINUTE_PER_ADDRESS: '0' },
    });
    for (const user of [...DEMO_USERS, 'plattform.admin']) {
      headersFor.set(user, { authorization: `Bearer ${(await loginWithPkce({ issuer: portal.issuer!, username: user })).access_token}` });
    }
    // Private records in both target organisations: a member and audit entries.
    const invite = 'mutation($i: InviteMemberInput!) { inviteMember(input: $i) { id } }';
    expect((await gql(portal.url, invite, { i: { email: 'hemlig.person@linkoping.se' } }, headersFor.get('admin.linkoping'))).body.errors).toBeUndefined();
    expect(
      (await gql(portal.url, invite, { i: { email: 'hemlig.person@norrkoping.se', organization: 'norrkoping' } }, headersFor.get('plattform.admin'))).body
        .errors,
    ).toBeUndefined();
    // A pending invitation in each, of a person (not a demo user) whose account exists elsewhere.
    for (const [org, elsewhere] of [
      ['linkoping', 'kinda'],
      ['norrkoping', 'boxholm'],
    ] as const) {
      const email = `hemlig.inbjuden@${org}.se`;
      expect((await gql(portal.url, invite, { i: { email, organization: elsewhere } }, headersFor.get('plattform.admin'))).body.errors).toBeUndefined();
      const pending = await gql<{ inviteMember: { id: string } }>(portal.url, invite, { i: { email, organization: org } }, headersFor.get('plattform.admin'));
      SECRETS[org]!.invitationId = pending.body.data!.inviteMember.id;
    }
    // A private initiative in each, completed (so it has follow-ups) and linked to a second private one.
    const create = 'mutation($i: InitiativeInput!) { createInitiative(input: $i) { id followUps { id } } }';
    for (const [org, secret] of Object.entries(SECRETS)) {
      const place = org === 'linkoping' ? 'Linköping' : 'Norrköping';
      const owner = headersFor.get(secret.owner) ?? (await loginHeaders(secret.owner));
      const base = { kind: 'pilot', status: 'completed', startDate: '2022-01-01', endDate: '2024-01-31', visibility: 'PRIVATE' };
      const main = await gql<{ createInitiative: { id: string; followUps: Array<{ id: string }> } }>(
        portal.url,
        create,
        { i: { ...base, title: `Hemligt initiativ i ${place}` } },
        owner,
      );
      const other = await gql<{ createInitiative: { id: string } }>(
        portal.url,
        create,
        { i: { ...base, title: `Hemligt initiativ i ${place}, del 2` } },
        owner,
      );
      secret.initiativeId = main.body.data!.createInitiative.id;
      secret.followUpId = main.body.data!.createInitiative.followUps[0]!.id;
      const relation = await gql<{ addInitiativeRelation: { id: string } }>(
        portal.url,
        'mutation($i: InitiativeRelationInput!) { addInitiativeRelation(input: $i) { id } }',
        { i: { fromId: other.body.data!.createInitiative.id, toId: secret.initiativeId, kind: 'successor-of' } },
        owner,
      );
      secret.relationId = relation.body.data!.addInitiativeRelation.id;
      // A private method, used by the private initiative.
      const method = await gql<{ createMethod: { id: string } }>(
        portal.url,
        'mutation($i: MethodInput!) { createMethod(input: $i) { id } }',
        { i: { name: `Hemlig metod i ${place}`, visibility: 'PRIVATE' } },
        owner,
      );
      secret.methodId = method.body.data!.createMethod.id;
      const linked = await gql(
        portal.url,
        'mutation($i: ID!, $m: ID!) { linkInitiativeMethod(initiativeId: $i, methodId: $m) { id } }',
        { i: secret.initiativeId, m: secret.methodId },
        owner,
      );
      expect(linked.body.errors).toBeUndefined();
      // A closed network chaired by the owner, the hidden person invited to it, the private method shared with it.
      const network = await gql<{ createNetwork: { id: string } }>(
        portal.url,
        'mutation($i: NetworkInput!) { createNetwork(input: $i) { id } }',
        { i: { name: `Nätverk i ${place}`, level: 'local', kind: 'theme' } },
        owner,
      );
      secret.networkId = network.body.data!.createNetwork.id;
      const member = await gql<{ inviteNetworkMember: { id: string } }>(
        portal.url,
        'mutation($i: InviteNetworkMemberInput!) { inviteNetworkMember(input: $i) { id } }',
        { i: { networkId: secret.networkId, email: `hemlig.person@${org}.se` } },
        owner,
      );
      secret.networkMemberId = member.body.data!.inviteNetworkMember.id;
      const shared = await gql(
        portal.url,
        'mutation($i: NetworkShareInput!) { shareWithNetwork(input: $i) { name } }',
        { i: { networkId: secret.networkId, recordKind: 'method', recordId: secret.methodId } },
        owner,
      );
      expect(shared.body.errors).toBeUndefined();
      // A meeting with a secret agenda point and action item, only for the network's members.
      const meeting = await gql<{ createMeeting: { id: string } }>(
        portal.url,
        'mutation($n: ID!, $i: MeetingInput!) { createMeeting(networkId: $n, input: $i) { id } }',
        { n: secret.networkId, i: { title: `Hemligt möte i ${place}`, date: '2030-01-08', startTime: '10:00', endTime: '11:00' } },
        owner,
      );
      secret.meetingId = meeting.body.data!.createMeeting.id;
      secret.markers.push(`Hemligt möte i ${place}`, `Hemlig åtgärd i ${place}`);
      const action = await gql<{ addActionItem: { id: string } }>(
        portal.url,
        'mutation($m: ID!, $i: ActionItemInput!) { addActionItem(meetingId: $m, input: $i) { id } }',
        { m: secret.meetingId, i: { title: `Hemlig åtgärd i ${place}`, ownerName: 'Sekreteraren' } },
        owner,
      );
      secret.actionItemId = action.body.data!.addActionItem.id;
      // Private material with a file in version 1, and a second file staged for a next version.
      const ownerToken = (owner.authorization ?? '').replace(/^Bearer /, '');
      const file = await stageTextFile(portal.api.database.appUrl, {
        userId: tokenSubject(ownerToken),
        organizationSlug: org,
        name: `hemlig-fil-${org}.txt`,
        content: 'hemligt',
      });
      const material = await gql<{ createMaterial: { id: string } }>(
        portal.url,
        'mutation($i: MaterialInput!, $f: MaterialVersionInput) { createMaterial(input: $i, files: $f) { id } }',
        { i: { title: `Hemligt material i ${place}`, kind: 'strategy', visibility: 'PRIVATE', nextReviewOn: '2020-01-01' }, f: { fileIds: [file] } },
        owner,
      );
      expect(material.body.errors).toBeUndefined();
      secret.materialId = material.body.data!.createMaterial.id;
      secret.materialFileId = await stageTextFile(portal.api.database.appUrl, {
        userId: tokenSubject(ownerToken),
        organizationSlug: org,
        name: `hemlig-fil-${org}.txt`,
        content: 'hemligt, version 2',
      });
    }
  });
  const loginHeaders = async (user: string) => ({ authorization: `Bearer ${(await loginWithPkce({ issuer: portal.issuer!, username: user })).access_token}` });
  afterAll(async () => {
    await portal?.stop();
  });

  it('covers every query and mutation of the schema', async () => {
    const schema = buildSchema(await readFile(path.join(REPO_ROOT, 'apps/api/schema.gql'), 'utf8'));
    const all = [
      ...Object.keys(schema.getQueryType()?.getFields() ?? {}).map((n) => `Query.${n}`),
      ...Object.keys(schema.getMutationType()?.getFields() ?? {}).map((n) => `Mutation.${n}`),
    ].sort();
    expect(Object.keys(OPERATIONS).sort()).toEqual(all);
  });

  it.each([...DEMO_USERS, 'anonymous'])('%s gets nothing private of an organisation they do not belong to, and changes nothing there', async (user) => {
    const own = user === 'anonymous' ? [] : MEMBERSHIP[user as (typeof DEMO_USERS)[number]];
    const targets = Object.keys(SECRETS).filter((org) => !own.includes(org));
    const headers = headersFor.get(user) ?? {};
    const leaks: string[] = [];
    const applied: string[] = [];
    for (const target of targets) {
      const secret = SECRETS[target]!;
      for (const [name, build] of Object.entries(OPERATIONS)) {
        // Without a target the call acts in the user's own organisation: only calls that still carry
        // a foreign id (a member of the target) are foreign then; inviting into one's own is allowed.
        for (const withTarget of name === 'Mutation.inviteMember' ||
        name === 'Mutation.createInitiative' ||
        name === 'Mutation.createMethod' ||
        name === 'Mutation.createMaterial' ||
        name === 'Mutation.createNetwork'
          ? [true]
          : [true, false]) {
          const op = build(withTarget ? target : (null as unknown as string), secret.memberId, secret);
          const extra: Record<string, string> = op.orgHeader && withTarget ? { 'x-organization': op.orgHeader } : {};
          const response: GraphQLResponse = await gql(portal.url, op.query, op.variables, { ...headers, ...extra });
          const body = JSON.stringify(response.body);
          for (const marker of secret.markers) if (body.includes(marker)) leaks.push(`${name} (${target}, ${withTarget}) leaked ${marker}`);
          if (op.mutation && !(response.body.errors && response.body.errors.length > 0)) applied.push(`${name} (${target}, ${withTarget})`);
          for (const code of errorCodes(response)) expect(['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT']).toContain(code);
        }
      }
    }
    expect(leaks).toEqual([]);
    expect(applied).toEqual([]);
  });

  it('left both organisations exactly as they were', async () => {
    const members = 'query($o: String) { organizationMembers(organization: $o) { username isOrganizationAdmin } }';
    const linkoping = await gql<{ organizationMembers: Array<{ username: string; isOrganizationAdmin: boolean }> }>(
      portal.url,
      members,
      { o: 'linkoping' },
      headersFor.get('plattform.admin'),
    );
    expect(linkoping.body.data?.organizationMembers.map((m) => [m.username, m.isOrganizationAdmin]).sort()).toEqual([
      ['admin.linkoping', true],
      ['hemlig.person@linkoping.se', false],
      ['projektledare.linkoping', false],
    ]);
    const norrkoping = await gql<{ organizationMembers: Array<{ username: string; isOrganizationAdmin: boolean }> }>(
      portal.url,
      members,
      { o: 'norrkoping' },
      headersFor.get('plattform.admin'),
    );
    expect(norrkoping.body.data?.organizationMembers.map((m) => [m.username, m.isOrganizationAdmin]).sort()).toEqual([
      ['hemlig.person@norrkoping.se', false],
      ['projektledare.norrkoping', false],
    ]);
    for (const secret of Object.values(SECRETS)) {
      const owner = headersFor.get(secret.owner)!;
      const initiative = await gql<{ initiative: { version: number; archived: boolean; relations: unknown[]; followUps: Array<{ status: string | null }> } }>(
        portal.url,
        'query($id: ID!) { initiative(id: $id) { version archived relations { id } followUps { status } } }',
        { id: secret.initiativeId },
        owner,
      );
      expect(initiative.body.data?.initiative).toEqual({
        version: 1,
        archived: false,
        relations: [{ id: secret.relationId }],
        followUps: [{ status: null }, { status: null }, { status: null }],
      });
      const method = await gql<{ method: { version: number; archived: boolean; usedBy: Array<{ initiative: { id: string } }> } }>(
        portal.url,
        'query($id: ID!) { method(id: $id) { version archived usedBy { initiative { id } } } }',
        { id: secret.methodId },
        owner,
      );
      expect(method.body.data?.method).toEqual({ version: 1, archived: false, usedBy: [{ initiative: { id: secret.initiativeId } }] });
    }
    for (const secret of Object.values(SECRETS)) {
      const material = await gql<{ material: { version: number; archived: boolean; currentVersionNumber: number; adaptations: unknown[] } }>(
        portal.url,
        'query($id: ID!) { material(id: $id) { version archived currentVersionNumber adaptations { material { id } } } }',
        { id: secret.materialId },
        headersFor.get(secret.owner),
      );
      expect(material.body.data?.material).toEqual({ version: 2, archived: false, currentVersionNumber: 1, adaptations: [] });
    }
    for (const secret of Object.values(SECRETS)) {
      const network = await gql<{ network: { name: string; version: number; members: Array<{ role: string }>; pendingMembers: Array<{ email: string }> } }>(
        portal.url,
        'query($id: ID!) { network(id: $id) { name version members { role } pendingMembers { email } } }',
        { id: secret.networkId },
        headersFor.get(secret.owner),
      );
      expect(network.body.data?.network).toMatchObject({
        version: 1,
        members: [{ role: 'chair' }],
        pendingMembers: [{ email: expect.stringMatching(/^hemlig\.person@/) }],
      });
    }
    const orgs = await gql<{ organizations: Array<{ slug: string }> }>(portal.url, '{ organizations { slug } }');
    expect(orgs.body.data?.organizations).toHaveLength(15);
  });
});
