import { describe, expect, it } from 'vitest';
import { REGION_ORGANIZATIONS } from '@portal/shared-domain';
import { DEMO_INITIATIVES } from '../../initiatives/demo/demo-initiatives.js';
import { validateMethod } from '../method.validation.js';
import { DEMO_INITIATIVE_METHODS, DEMO_METHODS } from './demo-methods.js';

describe('demo methods', () => {
  it('passes the method bank’s own validation, every one of them', () => {
    expect(DEMO_METHODS).toHaveLength(13);
    for (const demo of DEMO_METHODS) expect(() => validateMethod(demo.input), demo.key).not.toThrow();
  });

  it('belongs to organisations of the region, with unique keys and names', () => {
    const slugs = new Set(REGION_ORGANIZATIONS.map((o) => o.slug));
    for (const demo of DEMO_METHODS) expect(slugs.has(demo.owner), demo.key).toBe(true);
    expect(new Set(DEMO_METHODS.map((d) => d.key)).size).toBe(DEMO_METHODS.length);
    expect(new Set(DEMO_METHODS.map((d) => d.input.name.toLocaleLowerCase('sv-SE'))).size).toBe(DEMO_METHODS.length);
  });

  it('maps exactly the demo initiatives’ free-text methods, to methods that exist', () => {
    const keys = new Set(DEMO_METHODS.map((d) => d.key));
    for (const [initiativeKey, mapping] of Object.entries(DEMO_INITIATIVE_METHODS)) {
      const initiative = DEMO_INITIATIVES.find((d) => d.key === initiativeKey);
      expect(initiative, initiativeKey).toBeDefined();
      expect(Object.keys(mapping).sort(), initiativeKey).toEqual([...initiative!.input.methods].sort());
      for (const target of Object.values(mapping)) if (target !== null) expect(keys.has(target), `${initiativeKey} → ${target}`).toBe(true);
    }
    for (const initiative of DEMO_INITIATIVES)
      if (initiative.input.methods.length > 0) expect(DEMO_INITIATIVE_METHODS[initiative.key], initiative.key).toBeDefined();
  });
});
