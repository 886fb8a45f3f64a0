import { createHash, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { MATERIAL_AUDIENCES, REGION_ORGANIZATIONS, THEMES } from '@portal/shared-domain';

/**
 * Synthetic material for benchmarks (`npm run bench`, tools/scripts/bench-material.mjs): varied
 * kinds, themes, organisations, visibility and review dates, titles and file text from the same
 * word lists as the synthetic initiatives (demo-data/synthetic-words.json). Each material has one
 * published version with one or two files whose extracted text is set (no bytes: the register's
 * search and lists read only the metadata and the text). Deterministic per seed, ids aside.
 */

export interface SyntheticMaterialOptions {
  readonly seed?: number;
}

interface SyntheticWords {
  organizationWeights: Record<string, number>;
  prefixes: string[];
  topics: string[];
  audiences: string[];
  places: string[];
  summaryOpenings: string[];
  summaryClosings: string[];
  descriptionSentences: string[];
  methods: string[];
  occupations: string[];
  firstNames: string[];
  lastNames: string[];
}
const WORDS = JSON.parse(readFileSync(new URL('../../../demo-data/synthetic-words.json', import.meta.url), 'utf8')) as SyntheticWords;

const BATCH_SIZE = 1000;
const BENCH_USER = 'bench';
/** Dates relative to a fixed day, so a seed always gives the same rows. */
const REFERENCE_DAY = Date.UTC(2026, 0, 15);
const DAY_MS = 86_400_000;

/** mulberry32, as the synthetic initiatives: tiny and deterministic per seed. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Draw {
  constructor(private readonly random: () => number) {}
  int(min: number, max: number): number {
    return min + Math.floor(this.random() * (max - min + 1));
  }
  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.random() * list.length)]!;
  }
  chance(probability: number): boolean {
    return this.random() < probability;
  }
  some<T>(list: readonly T[], min: number, max: number): T[] {
    const wanted = Math.min(this.int(min, max), list.length);
    const chosen = new Set<number>();
    while (chosen.size < wanted) chosen.add(Math.floor(this.random() * list.length));
    return [...chosen].sort((a, b) => a - b).map((i) => list[i]!);
  }
  weighted<T extends string>(weights: Readonly<Record<T, number>>): T {
    const entries = Object.entries(weights) as Array<[T, number]>;
    let r = this.random() * entries.reduce((sum, [, w]) => sum + w, 0);
    for (const [value, weight] of entries) {
      r -= weight;
      if (r < 0) return value;
    }
    return entries.at(-1)![0];
  }
}

const arrayLiteral = (values: readonly string[]) => `{${values.map((v) => `"${v.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}`;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const slug = (value: string) =>
  value
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

interface Row {
  material: Record<(typeof MATERIAL_COLUMNS)[number], string | null>;
  files: Array<{ id: string; name: string; mediaType: string; size: string; sha256: string; text: string }>;
}

const MATERIAL_COLUMNS = [
  'id',
  'visibility',
  'title',
  'kind',
  'summary',
  'description',
  'themes',
  'audiences',
  'licence',
  'responsibleName',
  'responsibleEmail',
  'validFrom',
  'validTo',
  'reviewCycleMonths',
  'nextReviewOn',
  'fileText',
  'updatedAt',
] as const;

const KIND_WORDS: Readonly<Record<string, string>> = {
  template: 'Mall',
  support: 'Stödmaterial',
  strategy: 'Strategi',
  'process-map': 'Processkarta',
  report: 'Rapport',
  presentation: 'Presentation',
  other: 'Underlag',
};

function makeRow(draw: Draw, organization: { slug: string; name: string }): Row {
  const kind = draw.weighted({ template: 4, support: 4, strategy: 2, 'process-map': 2, report: 3, presentation: 2, other: 1 });
  const topic = draw.pick(WORDS.topics);
  const place = draw.pick(WORDS.places);
  const title = `${KIND_WORDS[kind] ?? 'Underlag'}: ${draw.pick(WORDS.prefixes)} ${topic}${draw.chance(0.4) ? ` i ${place}` : ''}`;
  const audience = draw.pick(WORDS.audiences);
  const values: Readonly<Record<string, string>> = { audience, topic, place: `i ${place}`, method: draw.pick(WORDS.methods) };
  const summary = `Underlag från arbetet med ${topic}. ${draw.pick(WORDS.summaryOpenings).replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '')}`;
  const description = draw.some(WORDS.descriptionSentences, 1, 3).join(' ');
  const person = `${draw.pick(WORDS.firstNames)} ${draw.pick(WORDS.lastNames)}`;
  const cycle = kind === 'strategy' || draw.chance(0.3) ? draw.pick([12, 24, 36]) : null;
  const updatedMs = Date.UTC(2021, 0, 1) + draw.int(0, Math.floor((REFERENCE_DAY - Date.UTC(2021, 0, 1)) / DAY_MS)) * DAY_MS;
  const fileCount = draw.chance(0.3) ? 2 : 1;
  const files = Array.from({ length: fileCount }, (_, i) => {
    const pdf = i === 0 || draw.chance(0.5);
    const text = [
      title,
      ...draw.some(WORDS.descriptionSentences, 2, 6),
      `Gäller ${draw.some(WORDS.occupations, 1, 3).join(', ')} och ${draw.some(WORDS.methods, 1, 2).join(', ')}.`,
    ].join('\n');
    const name = `${slug(title).slice(0, 60)}${i ? '-bilaga' : ''}.${pdf ? 'pdf' : 'docx'}`;
    return {
      id: randomUUID(),
      name,
      mediaType: pdf ? 'application/pdf' : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      size: String(draw.int(20_000, 4_000_000)),
      sha256: createHash('sha256').update(`${name}\n${text}`).digest('hex'),
      text,
    };
  });
  return {
    material: {
      id: randomUUID(),
      visibility: draw.weighted({ public: 55, region: 35, private: 10 }),
      title,
      kind,
      summary,
      description,
      themes: arrayLiteral(draw.some(THEMES, 1, 3).map((t) => t.code)),
      audiences: arrayLiteral(draw.some(MATERIAL_AUDIENCES, 1, 2).map((a) => a.code)),
      licence: draw.pick(['free-adapt', 'cc-by-4.0', 'use-as-is', 'internal']),
      responsibleName: person,
      responsibleEmail: `${slug(person).replace(/-/g, '.')}@${organization.slug}.example.se`,
      validFrom: draw.chance(0.5) ? isoDay(updatedMs - draw.int(0, 200) * DAY_MS) : null,
      validTo: draw.chance(0.1) ? isoDay(updatedMs + draw.int(30, 900) * DAY_MS) : null,
      reviewCycleMonths: cycle === null ? null : String(cycle),
      nextReviewOn: cycle === null ? null : isoDay(updatedMs + draw.int(-200, cycle * 30) * DAY_MS),
      fileText: files.map((f) => f.text).join('\n'),
      updatedAt: new Date(updatedMs).toISOString(),
    },
    files,
  };
}

const INSERT_MATERIAL = `
  INSERT INTO material (organization_id, id, visibility, title, kind, summary, description, themes, audiences, licence, responsible_name,
                        responsible_email, valid_from, valid_to, review_cycle_months, next_review_on, file_text, updated_at, created_at, current_version)
  SELECT $1::uuid, r.id::uuid, r.visibility, r.title, r.kind, r.summary, r.description, r.themes::text[], r.audiences::text[], r.licence,
         r.responsible_name, r.responsible_email, r.valid_from::date, r.valid_to::date, r.review_cycle_months::int, r.next_review_on::date,
         r.file_text, r.updated_at::timestamptz, r.updated_at::timestamptz, 1
    FROM unnest(${MATERIAL_COLUMNS.map((_, i) => `$${i + 2}::text[]`).join(', ')})
      AS r(id, visibility, title, kind, summary, description, themes, audiences, licence, responsible_name, responsible_email,
           valid_from, valid_to, review_cycle_months, next_review_on, file_text, updated_at)`;

// Staged first, as an upload is (the insert policy), then taken in by its material.
const INSERT_FILES = `
  INSERT INTO material_file (organization_id, id, uploaded_by_id, name, media_type, size_bytes, sha256, scan_status, text_status, text_content)
  SELECT $1::uuid, f.id::uuid, '${BENCH_USER}', f.name, f.media_type, f.size::bigint, f.sha256, 'not-scanned', 'done', f.text
    FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[]) AS f(id, name, media_type, size, sha256, text)`;
const TAKE_IN = `UPDATE material_file f SET material_id = x.material_id::uuid FROM unnest($1::text[], $2::text[]) AS x(id, material_id) WHERE f.id = x.id::uuid`;
const INSERT_VERSIONS = `
  INSERT INTO material_version (organization_id, material_id, number, note, file_ids, created_by_id, created_by_name, created_at)
  SELECT $1::uuid, v.material_id::uuid, 1, 'Första versionen.', v.file_ids::uuid[], '${BENCH_USER}', 'Syntetiska data', v.created_at::timestamptz
    FROM unnest($2::text[], $3::text[], $4::text[]) AS v(material_id, file_ids, created_at)`;

/** Splits `count` over the organisations by weight (largest remainder), so the total is exact. */
function shares(count: number, weights: readonly number[]): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (count * w) / total);
  const result = exact.map(Math.floor);
  const order = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  const missing = count - result.reduce((a, b) => a + b, 0);
  for (const [, i] of order.slice(0, missing)) result[i] = (result[i] ?? 0) + 1;
  return result;
}

/**
 * Inserts `count` synthetic materials (is_demo = false) as the owner role, one transaction per
 * organisation acting as that organisation (row-level security is FORCE'd for the owner too).
 */
export async function insertSyntheticMaterial(ownerUrl: string, count: number, options: SyntheticMaterialOptions = {}): Promise<void> {
  if (!Number.isInteger(count) || count < 0) throw new Error(`count must be a non-negative integer (got ${count})`);
  const seed = options.seed ?? 1;
  const client = new pg.Client({ connectionString: ownerUrl });
  client.on('error', () => undefined);
  await client.connect();
  try {
    const known = new Map(REGION_ORGANIZATIONS.map((o, i) => [o.slug, i]));
    const organizations = (
      await client.query<{ id: string; slug: string; name: string }>('SELECT id::text AS id, slug, name FROM organization WHERE slug = ANY($1::text[])', [
        REGION_ORGANIZATIONS.map((o) => o.slug),
      ])
    ).rows.sort((a, b) => (known.get(a.slug) ?? 0) - (known.get(b.slug) ?? 0));
    if (organizations.length === 0) throw new Error('No organisations: run the reference-data seed (migrations) first.');
    const perOrganization = shares(
      count,
      organizations.map((o) => WORDS.organizationWeights[o.slug] ?? 1),
    );
    for (const [index, organization] of organizations.entries()) {
      const draw = new Draw(createRandom(seed * 7919 + index));
      await client.query('BEGIN');
      try {
        await client.query(
          `SELECT set_config('app.user_id', $1, true), set_config('app.organization_id', $2, true), set_config('app.roles', 'portal-user', true), set_config('app.member', 'on', true)`,
          [BENCH_USER, organization.id],
        );
        for (let remaining = perOrganization[index] ?? 0; remaining > 0; remaining -= BATCH_SIZE) {
          const rows = Array.from({ length: Math.min(BATCH_SIZE, remaining) }, () => makeRow(draw, organization));
          await client.query(INSERT_MATERIAL, [organization.id, ...MATERIAL_COLUMNS.map((column) => rows.map((r) => r.material[column]))]);
          const files = rows.flatMap((r) => r.files.map((f) => ({ ...f, materialId: r.material.id! })));
          await client.query(INSERT_FILES, [
            organization.id,
            files.map((f) => f.id),
            files.map((f) => f.name),
            files.map((f) => f.mediaType),
            files.map((f) => f.size),
            files.map((f) => f.sha256),
            files.map((f) => f.text),
          ]);
          await client.query(TAKE_IN, [files.map((f) => f.id), files.map((f) => f.materialId)]);
          await client.query(INSERT_VERSIONS, [
            organization.id,
            rows.map((r) => r.material.id),
            rows.map((r) => `{${r.files.map((f) => f.id).join(',')}}`),
            rows.map((r) => r.material.updatedAt),
          ]);
        }
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      }
    }
    await client.query('ANALYZE material');
    await client.query('ANALYZE material_file');
    await client.query('ANALYZE material_version');
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Search words for the bench: `broad` is in most synthetic materials' text, `selective` in a few per cent. */
export const SYNTHETIC_MATERIAL_SEARCH_WORDS = { broad: 'arbete', selective: 'kollektivtrafik' } as const;
