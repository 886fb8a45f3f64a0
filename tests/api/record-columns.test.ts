import 'reflect-metadata';
import { REGION_ORGANIZATIONS } from '@portal/shared-domain';
import { describe, expect, it } from 'vitest';
import { diffChanges } from '@portal/api/dist/change-log/change-log.service.js';
import { DEMO_INITIATIVES } from '@portal/api/dist/initiatives/demo/demo-initiatives.js';
import { INITIATIVE_CHANGE_LOG } from '@portal/api/dist/initiatives/initiative-change-log.js';
import { INITIATIVE_COLUMNS, INITIATIVE_RECORD } from '@portal/api/dist/initiatives/initiative-row.mapper.js';
import type { InitiativeRow } from '@portal/api/dist/initiatives/initiative.entity.js';
import { validateInitiative } from '@portal/api/dist/initiatives/initiative.validation.js';
import { DEMO_METHODS } from '@portal/api/dist/methods/demo/demo-methods.js';
import { METHOD_CHANGE_LOG } from '@portal/api/dist/methods/method-change-log.js';
import { METHOD_RECORD } from '@portal/api/dist/methods/method-row.mapper.js';
import type { MethodRow } from '@portal/api/dist/methods/method.entity.js';
import { validateMethod } from '@portal/api/dist/methods/method.validation.js';

const organizations = new Map(REGION_ORGANIZATIONS.map((o, index) => [o.slug, { id: `org-${index}`, name: o.name }]));
const initiativeValues = () => validateInitiative(DEMO_INITIATIVES[0]!.input, (slug) => organizations.get(slug));
const methodValues = () => validateMethod(DEMO_METHODS.find((m) => m.input.steps.length > 0)!.input);

/** The row a write would store: each column's parameter under its entity property, jsonb parsed back. */
function storedRow<Row extends object, Values extends object>(record: typeof INITIATIVE_RECORD | typeof METHOD_RECORD, values: Values): Row {
  const write = (record as unknown as { write(v: Values): { columns: string[]; params: unknown[] } }).write(values);
  const row: Record<string, unknown> = {};
  write.columns.forEach((column, index) => {
    const c = record.columns.find((candidate) => candidate.column === column)!;
    const param = write.params[index];
    row[c.property] = c.type === 'jsonb' ? JSON.parse(param as string) : param;
  });
  return row as Row;
}

describe('RecordColumns', () => {
  it('has exactly the value keys the validation produces, for every record', () => {
    expect([...INITIATIVE_RECORD.valueKeys].sort()).toEqual(Object.keys(initiativeValues()).sort());
    expect([...METHOD_RECORD.valueKeys].sort()).toEqual(Object.keys(methodValues()).sort());
  });

  it('selects columns under their entity names, dates as text, hidden and unknown columns never', () => {
    expect(INITIATIVE_COLUMNS).toContain('i.start_date::text AS "startDate"');
    expect(INITIATIVE_COLUMNS).toContain('i.funding AS "fundingLines"');
    expect(INITIATIVE_COLUMNS).toContain('i.organization_id AS "organizationId"');
    expect(INITIATIVE_COLUMNS).not.toContain('search_vector');
    expect(INITIATIVE_RECORD.select('x', ['title', 'endDate'])).toBe('x.title AS "title", x.end_date::text AS "endDate"');
    expect(() => INITIATIVE_RECORD.select('i', ['nope' as keyof InitiativeRow & string])).toThrow(/nope/);
  });

  it('writes every value with its cast, composites split, trigger-kept and bookkeeping columns left out', () => {
    const write = INITIATIVE_RECORD.write(initiativeValues(), 3);
    expect(write.columns).toContain('contact_name');
    expect(write.columns).toContain('leader_email');
    expect(write.columns).not.toContain('funder_types');
    expect(write.columns).not.toContain('version');
    expect(write.columns).not.toContain('is_demo');
    expect(write.placeholders[0]).toBe('$3');
    expect(write.placeholders[write.columns.indexOf('funding')]).toMatch(/::jsonb$/);
    expect(write.placeholders[write.columns.indexOf('themes')]).toMatch(/::text\[\]$/);
    expect(write.placeholders[write.columns.indexOf('start_date')]).toMatch(/::date$/);
    expect(typeof write.params[write.columns.indexOf('funding')]).toBe('string');
    expect(write.params).toHaveLength(write.columns.length);
    const update = METHOD_RECORD.assignments(methodValues(), 3);
    expect(update.sql).toMatch(/^visibility = \$3, name = \$4, /);
    expect(update.sql).toContain('steps = $');
  });

  it('reads back the values it wrote, so an unchanged save records no change even when jsonb reorders keys', () => {
    const initiative = initiativeValues();
    const stored = storedRow<InitiativeRow, typeof initiative>(INITIATIVE_RECORD, initiative);
    expect(INITIATIVE_RECORD.valuesOf(stored)).toEqual(initiative);
    expect(diffChanges(INITIATIVE_CHANGE_LOG, INITIATIVE_RECORD.valuesOf(stored), initiative)).toEqual([]);

    const method = methodValues();
    const row = storedRow<MethodRow, typeof method>(METHOD_RECORD, method);
    // jsonb hands objects back with shorter keys first: the change log must not see that as a change.
    row.steps = row.steps.map((s) => ({ description: s.description, title: s.title }));
    const r = row.requirements;
    row.requirements = { staffing: r.staffing, training: r.training, certification: r.certification, indicativeCost: r.indicativeCost };
    expect(diffChanges(METHOD_CHANGE_LOG, METHOD_RECORD.valuesOf(row), method)).toEqual([]);
    expect(diffChanges(METHOD_CHANGE_LOG, METHOD_RECORD.valuesOf(row), { ...method, name: `${method.name} 2` }).map((c) => c.field)).toContain('name');
  });
});
