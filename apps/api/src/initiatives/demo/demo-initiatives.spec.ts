import { describe, expect, it } from 'vitest';
import { REGION_ORGANIZATIONS } from '@portal/shared-domain';
import { followUpDueDates } from '../initiative-values.js';
import { validateInitiative } from '../initiative.validation.js';
import { DEMO_INITIATIVES, type DemoInitiative } from './demo-initiatives.js';

/** The date the demo's follow-ups were planned against ("today" when the data was written). */
const PLANNED_AT = '2026-12-02';

const organizations = new Map(REGION_ORGANIZATIONS.map((o, index) => [o.slug, { id: `org-${index}`, name: o.name }]));
const byKey = new Map(DEMO_INITIATIVES.map((d) => [d.key, d]));

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Whether following relations of these kinds from `start` ever comes back to it (the service refuses that). */
function hasCycle(start: string, kinds: readonly string[]): boolean {
  const stack = [start];
  const seen = new Set<string>();
  while (stack.length > 0) {
    const key = stack.pop()!;
    for (const relation of byKey.get(key)?.relations ?? []) {
      if (!kinds.includes(relation.kind)) continue;
      if (relation.to === start) return true;
      if (!seen.has(relation.to)) {
        seen.add(relation.to);
        stack.push(relation.to);
      }
    }
  }
  return false;
}

const readableBy = (owner: string, other: DemoInitiative) => other.owner === owner || other.input.visibility !== 'private';

describe('DEMO_INITIATIVES', () => {
  it('has 15–25 initiatives with unique keys, owned by portal organisations', () => {
    expect(DEMO_INITIATIVES.length).toBeGreaterThanOrEqual(15);
    expect(DEMO_INITIATIVES.length).toBeLessThanOrEqual(25);
    expect(byKey.size).toBe(DEMO_INITIATIVES.length);
    for (const demo of DEMO_INITIATIVES) expect(organizations.has(demo.owner), demo.key).toBe(true);
  });

  it('obeys the same validation as the API, and says it is demo content', () => {
    for (const demo of DEMO_INITIATIVES) {
      expect(() => validateInitiative(demo.input, (slug) => organizations.get(slug)), demo.key).not.toThrow();
      expect(demo.input.description, demo.key).toMatch(/^\*Demoinnehåll\.\*/);
    }
  });

  it('has relations the database accepts: known, readable `to` ends, no duplicates', () => {
    for (const demo of DEMO_INITIATIVES) {
      const seen = new Set<string>();
      for (const relation of demo.relations) {
        const to = byKey.get(relation.to);
        expect(to, `${demo.key} → ${relation.to}`).toBeDefined();
        expect(relation.to).not.toBe(demo.key);
        expect(readableBy(demo.owner, to!), `${demo.key} → ${relation.to}`).toBe(true);
        expect(seen.has(`${relation.kind}:${relation.to}`)).toBe(false);
        seen.add(`${relation.kind}:${relation.to}`);
      }
    }
  });

  it('has pearl strings and programmes without cycles', () => {
    for (const demo of DEMO_INITIATIVES) {
      expect(hasCycle(demo.key, ['builds-on', 'successor-of']), demo.key).toBe(false);
      expect(hasCycle(demo.key, ['part-of']), demo.key).toBe(false);
    }
    expect(DEMO_INITIATIVES.filter((d) => d.relations.some((r) => r.kind === 'part-of')).length).toBeGreaterThanOrEqual(3);
  });

  it('records follow-ups only for completed initiatives, once per milestone, and only when due', () => {
    for (const demo of DEMO_INITIATIVES) {
      if (demo.followUps.length === 0) continue;
      expect(demo.input.status, demo.key).toBe('completed');
      const due = new Map(followUpDueDates(demo.input.endDate!).map((f) => [f.milestone, f.dueDate]));
      expect(new Set(demo.followUps.map((f) => f.milestone)).size).toBe(demo.followUps.length);
      for (const followUp of demo.followUps) expect(due.get(followUp.milestone)! < PLANNED_AT, `${demo.key} ${followUp.milestone}`).toBe(true);
    }
  });

  it('mixes visibilities and has follow-ups overdue, due soon and recorded', () => {
    const visibilities = DEMO_INITIATIVES.map((d) => d.input.visibility as string);
    expect(visibilities.filter((v) => v === 'private').length).toBeGreaterThanOrEqual(2);
    expect(visibilities.filter((v) => v === 'public').length).toBeGreaterThan(visibilities.length / 2);
    expect(visibilities).toContain('region');

    const open = DEMO_INITIATIVES.filter((d) => d.input.status === 'completed').flatMap((d) =>
      followUpDueDates(d.input.endDate!).filter((f) => !d.followUps.some((r) => r.milestone === f.milestone)),
    );
    expect(open.some((f) => f.dueDate < PLANNED_AT)).toBe(true);
    expect(open.some((f) => f.dueDate >= PLANNED_AT && f.dueDate <= addDays(PLANNED_AT, 60))).toBe(true);
    const recorded = DEMO_INITIATIVES.flatMap((d) => d.followUps.map((f) => f.status));
    expect(new Set(recorded)).toEqual(new Set(['implemented', 'partly-implemented', 'spread', 'discontinued']));
  });

  it('keeps the facts of the reports for Connect 1 and 2', () => {
    for (const [key, area] of [
      ['connect-1', 'PO1'],
      ['connect-2', 'PO2'],
    ] as const) {
      const connect = byKey.get(key)!;
      expect(connect).toMatchObject({
        owner: 'linkoping',
        input: { kind: 'pre-study', status: 'completed', startDate: '2021-02-01', endDate: '2021-10-31', visibility: 'public' },
      });
      expect(connect.input.fundingLines).toEqual([expect.objectContaining({ funderType: 'esf-plus', programmeArea: area })]);
      expect(connect.input.partners.map((p) => p.organization)).toEqual(expect.arrayContaining(['region-ostergotland', 'tranas', 'boxholm']));
      expect(connect.input.partners.map((p) => p.organization)).not.toContain('linkoping');
      expect(connect.relations).toContainEqual(expect.objectContaining({ kind: 'builds-on', to: 'linkoping-arbetsmodell-idrott-service' }));
    }
    expect(byKey.get('connect-2')!.input.fundingLines[0]!.registryNumber).toBe('2020/00694');
    expect(byKey.get('linkoping-heltidsaktiveringen')!.relations).toContainEqual(
      expect.objectContaining({ kind: 'successor-of', to: 'linkoping-500-uppdraget' }),
    );
    const workModel = byKey.get('linkoping-arbetsmodell-idrott-service')!.input;
    expect(workModel.fundingLines.map((f) => f.amountSek)).toEqual([530_000]);
    expect(workModel.participants).toEqual([expect.objectContaining({ women: 20, men: 20 })]);
  });
});
