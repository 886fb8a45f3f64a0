import { describe, expect, it } from 'vitest';
import { REGION_ORGANIZATIONS } from '@portal/shared-domain';
import { DEMO_INITIATIVES } from '../../initiatives/demo/demo-initiatives.js';
import { DEMO_METHODS } from '../../methods/demo/demo-methods.js';
import { DEMO_NETWORKS } from '../../networks/demo/demo-networks.js';
import { reviewStatusOf } from '../material-review.js';
import { validateMaterial } from '../material.validation.js';
import { DEMO_MATERIAL, demoFileContent, demoMaterialInput } from './demo-material.js';

const byKey = (key: string) => DEMO_MATERIAL.find((d) => d.key === key)!;

describe('demo material', () => {
  it('passes the register’s own validation, every one of them', () => {
    for (const demo of DEMO_MATERIAL) expect(() => validateMaterial(demoMaterialInput(demo), demo.responsible), demo.key).not.toThrow();
  });

  it('belongs to organisations of the region and links only to demo initiatives, methods and networks that exist', () => {
    const slugs = new Set(REGION_ORGANIZATIONS.map((o) => o.slug));
    expect(new Set(DEMO_MATERIAL.map((d) => d.key)).size).toBe(DEMO_MATERIAL.length);
    for (const demo of DEMO_MATERIAL) {
      expect(slugs.has(demo.owner), demo.key).toBe(true);
      for (const a of demo.adaptations ?? []) {
        expect(slugs.has(a.owner) && a.owner !== demo.owner, `${demo.key} → ${a.owner}`).toBe(true);
        expect(a.afterVersion >= 1 && a.afterVersion <= demo.versions.length, demo.key).toBe(true);
      }
      for (const key of demo.initiatives)
        expect(
          DEMO_INITIATIVES.some((d) => d.key === key),
          key,
        ).toBe(true);
      for (const key of demo.methods)
        expect(
          DEMO_METHODS.some((d) => d.key === key),
          key,
        ).toBe(true);
      for (const share of demo.shares ?? []) {
        const network = DEMO_NETWORKS.networks.find((n) => n.key === share.network);
        expect(
          network?.members.some((m) => m.user === share.by),
          `${demo.key}: ${share.by} in ${share.network}`,
        ).toBe(true);
        expect(DEMO_NETWORKS.users[share.by]?.organization).toBe(demo.owner);
        expect(demo.visibility).toBe('network');
      }
    }
  });

  it('has a strategic document with an overdue review, one past its validity, and a template adapted before its latest version', () => {
    const strategy = byKey('ram-for-samverkan');
    expect(strategy.kind).toBe('strategy');
    expect(reviewStatusOf(strategy)).toBe('review-due');
    expect(reviewStatusOf(byKey('nyckeltal-2021'))).toBe('expired');
    const template = byKey('yrkesprofil-mall');
    expect(template.adaptations?.map((a) => a.owner)).toEqual(['motala', 'ydre']);
    expect(template.adaptations?.every((a) => a.afterVersion < template.versions.length)).toBe(true);
  });

  it('makes every file a PDF or text file with a digest and the text search is to find', () => {
    for (const demo of DEMO_MATERIAL) {
      expect(demo.versions.length, demo.key).toBeGreaterThan(0);
      for (const file of demo.versions.flatMap((v) => v.files)) {
        const content = demoFileContent(file);
        expect(content.sha256).toMatch(/^[0-9a-f]{64}$/);
        expect(content.text.split('\n')[0]).toBe(file.heading);
        if (content.mediaType === 'application/pdf') expect(content.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
        else expect(content.bytes.toString('utf8')).toContain(file.paragraphs.at(-1));
      }
    }
  });
});
