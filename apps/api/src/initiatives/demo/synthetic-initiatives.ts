import { readFileSync } from 'node:fs';
import pg from 'pg';
import {
  REGION_ORGANIZATIONS,
  TARGET_GROUPS,
  THEMES,
  type FunderTypeCode,
  type FundingStatusCode,
  type LifecycleStatusCode,
  type PartnerRoleCode,
  type ProjectKindCode,
} from '@portal/shared-domain';
import type { StoredFundingLine, StoredParticipantPeriod, StoredPartner } from '../initiative.entity.js';

export interface SyntheticInitiativeOptions {
  /** Same seed and count, same rows (ids and timestamps aside). Default 1. */
  readonly seed?: number;
}

/** Rows per INSERT: big enough to amortise the round trip, small enough for the parameter arrays. */
const BATCH_SIZE = 2000;
/** The trigger and the GIN indexes make PostgreSQL the bottleneck; two connections use two cores. */
const PARALLEL_CONNECTIONS = 2;

/** Dates are drawn relative to a fixed day, not today, so a seed always gives the same rows. */
const REFERENCE_DAY = Date.UTC(2026, 0, 15);
const DAY_MS = 86_400_000;

/**
 * Word lists and weights, in apps/api/demo-data/synthetic-words.json (beside src/ and dist/, at the
 * same depth). Titles and summaries combine them, so full-text search gets frequent words
 * ("arbete", "språk") and rare ones ("lokalvård", "kollektivtrafik") as in a real register.
 */
interface SyntheticWords {
  /** Rough relative size of each organisation, so the big municipalities and the region own more. */
  organizationWeights: Record<string, number>;
  brands: string[];
  prefixes: string[];
  topics: string[];
  audiences: string[];
  places: string[];
  summaryOpenings: string[];
  summaryClosings: string[];
  descriptionSentences: string[];
  methods: string[];
  occupations: string[];
  externalPartners: string[];
  firstNames: string[];
  lastNames: string[];
  funderNames: Record<FunderTypeCode, string[]>;
}
const WORDS = JSON.parse(readFileSync(new URL('../../../demo-data/synthetic-words.json', import.meta.url), 'utf8')) as SyntheticWords;
const ORGANIZATION_WEIGHTS = WORDS.organizationWeights;
const BRANDS = WORDS.brands;
const PREFIXES = WORDS.prefixes;
const TOPICS = WORDS.topics;
const AUDIENCES = WORDS.audiences;
const PLACES = WORDS.places;
const SUMMARY_OPENINGS = WORDS.summaryOpenings;
const SUMMARY_CLOSINGS = WORDS.summaryClosings;
const DESCRIPTION_SENTENCES = WORDS.descriptionSentences;
const METHODS = WORDS.methods;
const OCCUPATIONS = WORDS.occupations;
const EXTERNAL_PARTNERS = WORDS.externalPartners;
const FIRST_NAMES = WORDS.firstNames;
const LAST_NAMES = WORDS.lastNames;
const FUNDER_NAMES = WORDS.funderNames;

/** mulberry32: tiny, fast and good enough to spread test data; deterministic per seed. */
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
  constructor(readonly random: () => number) {}

  int(min: number, max: number): number {
    return min + Math.floor(this.random() * (max - min + 1));
  }

  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.random() * list.length)]!;
  }

  chance(probability: number): boolean {
    return this.random() < probability;
  }

  /** Distinct elements, in list order. */
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

interface OrganizationRef {
  id: string;
  slug: string;
  name: string;
}

/** One row as the INSERT takes it: arrays and jsonb as their text forms, to ride in text[] parameters. */
interface SyntheticRow {
  visibility: string;
  title: string;
  summary: string;
  description: string;
  kind: string;
  status: string;
  startDate: string | null;
  endDate: string | null;
  contactName: string;
  contactEmail: string;
  leaderName: string;
  leaderEmail: string;
  themes: string;
  targetGroups: string;
  occupations: string;
  methods: string;
  partners: string;
  funding: string;
  participants: string;
  createdAt: string;
  updatedAt: string;
}

const ROW_COLUMNS: ReadonlyArray<keyof SyntheticRow> = [
  'visibility',
  'title',
  'summary',
  'description',
  'kind',
  'status',
  'startDate',
  'endDate',
  'contactName',
  'contactEmail',
  'leaderName',
  'leaderEmail',
  'themes',
  'targetGroups',
  'occupations',
  'methods',
  'partners',
  'funding',
  'participants',
  'createdAt',
  'updatedAt',
];

const INSERT_SQL = `
  INSERT INTO initiative (organization_id, visibility, title, summary, description, kind, status, start_date, end_date,
                          contact_name, contact_email, leader_name, leader_email, themes, target_groups, occupations, methods,
                          partners, funding, participants, is_demo, created_at, updated_at)
  SELECT $1::uuid, r.visibility, r.title, r.summary, r.description, r.kind, r.status, r.start_date::date, r.end_date::date,
         r.contact_name, r.contact_email, r.leader_name, r.leader_email, r.themes::text[], r.target_groups::text[],
         r.occupations::text[], r.methods::text[], r.partners::jsonb, r.funding::jsonb, r.participants::jsonb, false,
         r.created_at::timestamptz, r.updated_at::timestamptz
    FROM unnest(${ROW_COLUMNS.map((_, i) => `$${i + 2}::text[]`).join(', ')})
      AS r(visibility, title, summary, description, kind, status, start_date, end_date, contact_name, contact_email,
           leader_name, leader_email, themes, target_groups, occupations, methods, partners, funding, participants, created_at, updated_at)`;

/** A PostgreSQL array literal of plain words (the vocabulary codes and tags here need no escaping beyond quotes). */
function arrayLiteral(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}`;
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function emailPart(value: string): string {
  return value
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '');
}

function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');
}

function capitalise(value: string): string {
  return value.charAt(0).toLocaleUpperCase('sv') + value.slice(1);
}

function makeRow(draw: Draw, organization: OrganizationRef, organizations: readonly OrganizationRef[]): SyntheticRow {
  const kind = draw.weighted<ProjectKindCode>({ 'pre-study': 2, 'method-development': 3, implementation: 4, pilot: 2, 'standing-programme': 1 });
  const topic = draw.pick(TOPICS);
  const audience = draw.pick(AUDIENCES);
  const place = draw.pick(PLACES);
  const method = draw.pick(METHODS);
  const titleStyle = draw.int(0, 3);
  const title =
    titleStyle === 0
      ? `${draw.pick(BRANDS)} – ${draw.pick(PREFIXES).toLocaleLowerCase('sv')} ${topic}`
      : titleStyle === 1
        ? `${draw.pick(PREFIXES)} ${topic} för ${audience}`
        : titleStyle === 2
          ? `${draw.pick(PREFIXES)} ${topic} ${place}`
          : `${capitalise(topic)} ${place}${draw.chance(0.4) ? ` ${draw.int(2, 4)}.0` : ''}`;
  const words = { topic, audience, place, method };
  const summary = [fill(draw.pick(SUMMARY_OPENINGS), words), draw.pick(SUMMARY_CLOSINGS)].filter(Boolean).join(' ');
  const description = draw.some(DESCRIPTION_SENTENCES, 2, 5).join(' ');

  // Dates from 2015 to mid-2027; the status follows from them against the reference day.
  const startMs = Date.UTC(2015, 0, 1) + draw.int(0, 4560) * DAY_MS;
  const hasStart = kind === 'standing-programme' ? draw.chance(0.7) : draw.chance(0.95);
  const durationDays = kind === 'pre-study' ? draw.int(60, 270) : draw.int(120, 1100);
  const hasEnd = hasStart && (kind !== 'standing-programme' ? draw.chance(0.92) : draw.chance(0.2));
  const endMs = startMs + durationDays * DAY_MS;
  let status: LifecycleStatusCode;
  if (!hasStart) status = draw.chance(0.5) ? 'idea' : 'ongoing';
  else if (startMs > REFERENCE_DAY) status = draw.chance(0.3) ? 'idea' : 'planned';
  else if (hasEnd && endMs < REFERENCE_DAY) status = 'completed';
  else status = 'ongoing';

  const themes = draw.some(
    THEMES.map((t) => t.code),
    1,
    3,
  );
  const targetGroups = draw.some(
    TARGET_GROUPS.map((t) => t.code),
    1,
    3,
  );

  const others = organizations.filter((o) => o.id !== organization.id);
  const partners: StoredPartner[] = Array.from({ length: draw.int(0, 4) }, () => {
    const role = draw.weighted<PartnerRoleCode>({ lead: 1, partner: 6, financier: 2, other: 1 });
    if (draw.chance(0.45)) {
      const partner = draw.pick(others);
      return { role, organizationId: partner.id, name: partner.name };
    }
    return { role, organizationId: null, name: draw.pick(EXTERNAL_PARTNERS) };
  });

  const year = new Date(hasStart ? startMs : REFERENCE_DAY).getUTCFullYear();
  const funding: StoredFundingLine[] = Array.from({ length: draw.int(1, 3) }, () => {
    const funderType = draw.weighted<FunderTypeCode>({
      'esf-plus': 30,
      'state-grant': 15,
      'employment-service': 10,
      'coordination-association': 15,
      'county-board': 8,
      region: 8,
      'own-budget': 10,
      other: 4,
    });
    const names = FUNDER_NAMES[funderType];
    const esf = funderType === 'esf-plus';
    const fundingStatus: FundingStatusCode =
      status === 'idea' || status === 'planned' ? (draw.chance(0.7) ? 'applied' : 'granted') : draw.chance(0.9) ? 'granted' : 'applied';
    return {
      funderType,
      funderName: names.length ? draw.pick(names) : organization.name,
      registryNumber: esf || draw.chance(0.4) ? `${year}/${String(draw.int(1, 99999)).padStart(5, '0')}` : '',
      programmeArea: esf ? draw.pick(['PO1', 'PO2', 'PO3']) : '',
      amountSek: funderType === 'own-budget' && draw.chance(0.3) ? null : draw.int(50, esf ? 15000 : 3000) * 1000,
      status: fundingStatus,
    };
  });

  const participants: StoredParticipantPeriod[] =
    status === 'ongoing' || status === 'completed'
      ? Array.from({ length: draw.chance(0.5) ? draw.int(1, 3) : 0 }, (_, i) => {
          const women = draw.int(0, 40);
          const men = draw.int(0, 40);
          return {
            period: String(year + i),
            women,
            men,
            otherOrUnknown: draw.int(0, 3),
            toWork: draw.int(0, Math.floor((women + men) / 3)),
            toStudies: draw.int(0, Math.floor((women + men) / 5)),
            otherOutcome: draw.int(0, 5),
          };
        })
      : [];

  const person = () => {
    const first = draw.pick(FIRST_NAMES);
    const last = draw.pick(LAST_NAMES);
    const domain = organization.slug === 'region-ostergotland' ? 'regionostergotland.se' : `${organization.slug}.se`;
    return { name: `${first} ${last}`, email: `${emailPart(first)}.${emailPart(last)}@${domain}` };
  };
  const contact = person();
  const leader = draw.chance(0.7) ? person() : { name: '', email: '' };

  const updatedMs = Date.UTC(2019, 0, 1) + draw.int(0, Math.floor((REFERENCE_DAY - Date.UTC(2019, 0, 1)) / 1000)) * 1000;
  const createdMs = updatedMs - draw.int(0, 400) * DAY_MS;
  return {
    visibility: draw.weighted({ public: 55, region: 35, private: 10 }),
    title,
    summary,
    description,
    kind,
    status,
    startDate: hasStart ? isoDay(startMs) : null,
    endDate: hasEnd ? isoDay(endMs) : null,
    contactName: contact.name,
    contactEmail: contact.email,
    leaderName: leader.name,
    leaderEmail: leader.email,
    themes: arrayLiteral(themes),
    targetGroups: arrayLiteral(targetGroups),
    occupations: arrayLiteral(draw.some(OCCUPATIONS, 0, 3)),
    methods: arrayLiteral(draw.some(METHODS, 0, 3)),
    partners: JSON.stringify(partners),
    funding: JSON.stringify(funding),
    participants: JSON.stringify(participants),
    createdAt: new Date(createdMs).toISOString(),
    updatedAt: new Date(updatedMs).toISOString(),
  };
}

/** Splits `count` over the organisations by weight (largest remainder), so the total is exact. */
function shares(count: number, organizations: readonly OrganizationRef[]): number[] {
  const weights = organizations.map((o) => ORGANIZATION_WEIGHTS[o.slug] ?? 1);
  const total = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (count * w) / total);
  const result = exact.map(Math.floor);
  const order = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  const missing = count - result.reduce((a, b) => a + b, 0);
  for (const [, i] of order.slice(0, missing)) result[i] = (result[i] ?? 0) + 1;
  return result;
}

/**
 * Inserts `count` synthetic, realistic-looking initiatives (is_demo = false) spread over the
 * region's organisations, for benchmarks and load tests. Runs as the owner role; row-level
 * security is FORCE'd for it too, so each organisation's rows go in a transaction that acts as
 * that organisation. The trigger `app.initiative_derive()` fills the search columns.
 */
export async function insertSyntheticInitiatives(ownerUrl: string, count: number, options: SyntheticInitiativeOptions = {}): Promise<void> {
  if (!Number.isInteger(count) || count < 0) throw new Error(`count must be a non-negative integer (got ${count})`);
  const seed = options.seed ?? 1;
  const connect = async () => {
    const client = new pg.Client({ connectionString: ownerUrl });
    client.on('error', () => undefined);
    await client.connect();
    return client;
  };
  const first = await connect();
  const clients = [first];
  try {
    const known = new Map(REGION_ORGANIZATIONS.map((o, i) => [o.slug, i]));
    const { rows } = await first.query<OrganizationRef>('SELECT id::text AS id, slug, name FROM organization WHERE slug = ANY($1::text[])', [
      REGION_ORGANIZATIONS.map((o) => o.slug),
    ]);
    // A fixed order (the domain list's), so the seed alone decides which organisation gets which row.
    const organizations = rows.sort((a, b) => (known.get(a.slug) ?? 0) - (known.get(b.slug) ?? 0));
    if (organizations.length === 0) throw new Error('No organisations: run the reference-data seed (migrations) first.');
    const perOrganization = shares(count, organizations);
    const queue = organizations.map((organization, index) => ({ organization, index, rows: perOrganization[index] ?? 0 })).filter((job) => job.rows > 0);
    while (clients.length < Math.min(PARALLEL_CONNECTIONS, queue.length)) clients.push(await connect());
    // Organisations in parallel: each has its own PRNG stream, so the result does not depend on which connection finishes first.
    await Promise.all(
      clients.map(async (client) => {
        for (let job = queue.shift(); job; job = queue.shift()) {
          await insertForOrganization(client, job.organization, organizations, job.rows, new Draw(createRandom(seed * 1009 + job.index)));
        }
      }),
    );
    // Fresh statistics, so the planner sees the new size at once instead of after autovacuum.
    await first.query('ANALYZE initiative');
    await first.query('ANALYZE initiative_profile');
    await first.query('ANALYZE region_initiative');
  } finally {
    await Promise.all(clients.map((client) => client.end().catch(() => undefined)));
  }
}

async function insertForOrganization(
  client: pg.Client,
  organization: OrganizationRef,
  organizations: readonly OrganizationRef[],
  count: number,
  draw: Draw,
): Promise<void> {
  await client.query('BEGIN');
  try {
    // Row-level security is FORCE'd for the owner too: act as a user of this organisation. The
    // overlap radar's pairs are not refreshed per row here (see refreshSyntheticOverlaps).
    await client.query(
      `SELECT set_config('app.user_id', 'bench', true), set_config('app.organization_id', $1, true), set_config('app.overlaps_bulk', 'on', true)`,
      [organization.id],
    );
    for (let remaining = count; remaining > 0; remaining -= BATCH_SIZE) {
      const batch = Array.from({ length: Math.min(BATCH_SIZE, remaining) }, () => makeRow(draw, organization, organizations));
      await client.query(INSERT_SQL, [organization.id, ...ROW_COLUMNS.map((column) => batch.map((row) => row[column]))]);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

/**
 * Search words for benchmarks: `common` matches about three quarters of the synthetic initiatives
 * (in full-text or trigram search), `selective` about a fifth, `rare` a few per cent.
 */
export const SYNTHETIC_SEARCH_WORDS = { common: 'arbete', selective: 'validering', rare: 'kollektivtrafik' } as const;
