import { INITIATIVE_FIELD_LABELS } from '@portal/shared-domain';
import type { EntityManager } from 'typeorm';
import type { ChangeLog, ChangeLogService, StoredFieldChange } from '../change-log/change-log.service.js';
import { sqlRows } from '../request/sql-rows.js';
import { codeParam, numberParam, textParam, type ChangeEntry, type FieldSpec } from '../change-log/change-value.js';

type Count = number | { display: string };
const count = (name: string, value: Count | undefined) =>
  typeof value === 'object' && value !== null ? textParam(name, value.display) : numberParam(name, value ?? 0);
const list = (value: unknown): Array<Record<string, unknown>> => (Array.isArray(value) ? (value as Array<Record<string, unknown>>) : []);

const person: FieldSpec = {
  kind: 'entries',
  entries: (value) => {
    const p = value as { name?: string; email?: string };
    return p.name || p.email ? [{ message: 'person', params: [textParam('name', p.name ?? ''), textParam('email', p.email ?? '')] }] : [];
  },
};

/**
 * A relation's stored reference (`{ kind, initiativeId, direction? }`); the title is filled in by
 * the service from what the reader may read now, so here it is always left out.
 */
export function relationEntry(kind: unknown, direction: unknown, title: string | null): ChangeEntry {
  return {
    message: 'relation',
    params: [codeParam('kind', 'relation-kind', kind), textParam('direction', direction === 'incoming' ? 'incoming' : 'outgoing'), textParam('title', title)],
  };
}

const field = (name: string, spec: FieldSpec) => ({ label: INITIATIVE_FIELD_LABELS[name] ?? { sv: name, en: name }, spec });

/** The initiative's fields in its history, declared once: how each is stored and shown. */
export const INITIATIVE_CHANGE_LOG: ChangeLog = {
  table: 'initiative_change',
  recordColumn: 'initiative_id',
  noun: { definite: 'initiativet', pronoun: 'det' },
  fields: {
    title: field('title', { kind: 'text' }),
    summary: field('summary', { kind: 'text' }),
    description: field('description', { kind: 'text' }),
    visibility: field('visibility', { kind: 'code', list: 'visibility' }),
    kind: field('kind', { kind: 'code', list: 'project-kind' }),
    status: field('status', { kind: 'code', list: 'lifecycle-status' }),
    startDate: field('startDate', { kind: 'date' }),
    endDate: field('endDate', { kind: 'date' }),
    contactPerson: field('contactPerson', person),
    projectLeader: field('projectLeader', person),
    partners: field('partners', {
      kind: 'entries',
      entries: (value) =>
        list(value).map((p) => ({ message: 'partner', params: [textParam('name', p['name']), codeParam('role', 'partner-role', p['role'])] })),
    }),
    fundingLines: field('fundingLines', {
      kind: 'entries',
      entries: (value) =>
        list(value).map((f) => ({
          message: 'fundingLine',
          params: [
            codeParam('funderType', 'funder-type', f['funderType']),
            textParam('funderName', f['funderName']),
            textParam('registryNumber', f['registryNumber']),
            ...(typeof f['amountSek'] === 'number' ? [numberParam('amountSek', f['amountSek'])] : []),
            codeParam('status', 'funding-status', f['status']),
          ],
        })),
    }),
    themes: field('themes', { kind: 'codes', list: 'theme' }),
    targetGroups: field('targetGroups', { kind: 'codes', list: 'target-group' }),
    occupations: field('occupations', { kind: 'tags' }),
    methods: field('methods', { kind: 'tags' }),
    genderEquality: field('genderEquality', { kind: 'text' }),
    nonDiscrimination: field('nonDiscrimination', { kind: 'text' }),
    accessibility: field('accessibility', { kind: 'text' }),
    // Masked periods (FIELD_MASKS) carry what may be shown; stored ones plain numbers.
    participants: field('participants', {
      kind: 'entries',
      entries: (value) =>
        list(value).map((p) => ({
          message: 'participantPeriod',
          params: [
            textParam('period', p['period']),
            count('women', p['women'] as Count),
            count('men', p['men'] as Count),
            count('otherOrUnknown', p['otherOrUnknown'] as Count),
          ],
        })),
    }),
    results: field('results', { kind: 'text' }),
    lessonsLearned: field('lessonsLearned', { kind: 'text' }),
    implementationOwner: field('implementationOwner', { kind: 'text' }),
    implementationPlan: field('implementationPlan', { kind: 'text' }),
    archived: field('archived', { kind: 'boolean' }),
    relations: field('relations', {
      kind: 'entries',
      entries: (value) => [relationEntry((value as { kind?: unknown }).kind, (value as { direction?: unknown }).direction, null)],
    }),
    // A method by id; the service fills in its name when the reader may read it now.
    methodRefs: field('methodRefs', { kind: 'entries', entries: () => [{ message: 'methodLink', params: [textParam('name', null)] }] }),
    // Written as { milestone, status } codes; entries from before that are a Swedish sentence.
    followUps: field('followUps', {
      kind: 'entries',
      entries: (value) => {
        const f = value as { milestone?: unknown; status?: unknown };
        return [
          { message: 'followUp', params: [codeParam('milestone', 'follow-up-milestone', f.milestone), codeParam('status', 'after-life-status', f.status)] },
        ];
      },
    }),
  },
};

/**
 * Records a relation, follow-up or method link in the initiative's history at its current
 * version without moving it: the version guards the initiative's own fields, which an open edit
 * form holds, and linking or following up must not turn that form's save into a conflict.
 */
export async function recordInitiativeSideChange(
  changeLog: ChangeLogService,
  manager: EntityManager,
  entry: { organizationId: string; initiativeId: string; action: string; change: StoredFieldChange },
): Promise<void> {
  const rows: Array<{ version: number }> = await sqlRows(manager, `UPDATE initiative SET updated_at = now() WHERE id = $1 RETURNING version`, [
    entry.initiativeId,
  ]);
  const version = rows[0]?.version;
  if (version === undefined) return;
  await changeLog.record(manager, INITIATIVE_CHANGE_LOG, {
    organizationId: entry.organizationId,
    recordId: entry.initiativeId,
    version,
    action: entry.action,
    changes: [entry.change],
  });
}
