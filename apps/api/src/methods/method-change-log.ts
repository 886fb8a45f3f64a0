import { METHOD_FIELD_LABELS, METHOD_TEXT_FIELDS } from '@portal/shared-domain';
import type { ChangeLog } from '../change-log/change-log.service.js';
import { codeParam, textHistoryFields, textParam, type ChangeEntry, type FieldSpec } from '../change-log/change-value.js';

const list = (value: unknown): Array<Record<string, unknown>> => (Array.isArray(value) ? (value as Array<Record<string, unknown>>) : []);

/**
 * A related method as a history entry. The stored value holds only its id; the name is filled in
 * by the service from what the reader may read now, and left out (null) otherwise.
 */
export function methodRelationEntry(kind: unknown, name: string | null): ChangeEntry {
  return { message: 'methodRelation', params: [codeParam('kind', 'method-relation-kind', kind), textParam('name', name)] };
}

const field = (name: string, spec: FieldSpec) => ({ label: METHOD_FIELD_LABELS[name] ?? { sv: name, en: name }, spec });

/** The method's fields in its history, declared once: how each is stored and shown. */
export const METHOD_CHANGE_LOG: ChangeLog = {
  table: 'method_change',
  recordColumn: 'method_id',
  noun: { definite: 'metoden', pronoun: 'den' },
  fields: {
    ...textHistoryFields(METHOD_TEXT_FIELDS),
    visibility: field('visibility', { kind: 'code', list: 'visibility' }),
    targetGroups: field('targetGroups', { kind: 'codes', list: 'target-group' }),
    themes: field('themes', { kind: 'codes', list: 'theme' }),
    steps: field('steps', {
      kind: 'entries',
      entries: (value) => list(value).map((s) => ({ message: 'methodStep', params: [textParam('title', s['title'])] })),
    }),
    requirements: field('requirements', {
      kind: 'entries',
      entries: (value) => {
        const r = (value ?? {}) as Record<string, unknown>;
        const params = ['training', 'certification', 'staffing', 'indicativeCost'].filter((key) => r[key]).map((key) => textParam(key, r[key]));
        return params.length ? [{ message: 'methodRequirements', params }] : [];
      },
    }),
    evidenceLevel: field('evidenceLevel', { kind: 'code', list: 'evidence-level' }),
    evidenceSources: field('evidenceSources', {
      kind: 'entries',
      entries: (value) =>
        list(value).map((s) => ({
          message: 'evidenceSource',
          params: [textParam('title', s['title']), codeParam('kind', 'method-source-kind', s['kind']), ...(s['url'] ? [textParam('url', s['url'])] : [])],
        })),
    }),
    relations: field('relations', { kind: 'entries', entries: (value) => list(value).map((r) => methodRelationEntry(r['kind'], null)) }),
    contactPerson: field('contactPerson', {
      kind: 'entries',
      entries: (value) => {
        const p = value as { name?: string; email?: string };
        return p.name || p.email ? [{ message: 'person', params: [textParam('name', p.name ?? ''), textParam('email', p.email ?? '')] }] : [];
      },
    }),
    archived: field('archived', { kind: 'boolean' }),
  },
};
