// The overlap radar's part of `npm run bench` (docs/overlap-radar.md): the radar for one
// initiative, the create form's draft, the Region's first page of pairs, and the refresh that
// keeps the pairs when an initiative is saved. Called by bench.mjs once per size.
import pg from 'pg';

const OVERLAPS_QUERY = `query BenchOverlaps($id: ID!) { initiativeOverlaps(id: $id, first: 10) { score band reasons { code values months } initiative { id title organization { name } } } }`;
const SIMILAR_QUERY = `query BenchSimilar($d: OverlapDraftInput!) { similarInitiatives(draft: $d, first: 5) { score band initiative { id title } } }`;
const PAIRS_QUERY = `query BenchPairs { overlapPairs(first: 50) { nextCursor pairs { score band reasons { code values months } a { id title organization { name } } b { id title organization { name } } } } }`;

/** Initiatives whose pairs are computed before the Region's page is timed (the bulk load skips the per-save refresh). */
const REFRESH_SAMPLE = Number(process.env.BENCH_OVERLAP_REFRESH_SAMPLE ?? 150);
const REQUESTS = Number(process.env.BENCH_OVERLAP_REQUESTS ?? 15);

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : Number.NaN;
};

async function timed(graphqlUrl, headers, body) {
  const started = performance.now();
  const response = await fetch(graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const json = await response.json();
  const ms = performance.now() - started;
  if (json.errors?.length) throw new Error(`bench-overlaps: ${JSON.stringify(json.errors).slice(0, 300)}`);
  return { ms, data: json.data };
}

/**
 * Returns the rows for the report: each a name, p50 ms over REQUESTS requests (c = 1, after two
 * warm-ups) and the aim. `ownerUrl` computes the sample's pairs (as the API's save would).
 */
export async function benchOverlaps({ size, graphqlUrl, ownerUrl, signedIn, region, subjectIds }) {
  const owner = new pg.Client({ connectionString: ownerUrl });
  owner.on('error', () => undefined);
  await owner.connect();
  const rows = [];
  try {
    const sample = (await owner.query(`SELECT id FROM initiative_profile ORDER BY md5(id::text || 'overlap') LIMIT $1`, [REFRESH_SAMPLE])).rows.map(
      (r) => r.id,
    );
    const refreshTimes = [];
    for (const id of sample) {
      const started = performance.now();
      await owner.query('SELECT app.refresh_initiative_overlaps($1)', [id]);
      refreshTimes.push(performance.now() - started);
    }
    const pairs = (await owner.query('SELECT count(*)::int AS n FROM initiative_overlap')).rows[0].n;
    await owner.query('ANALYZE initiative_overlap');
    rows.push({ size, name: `refresh one initiative's pairs (on save; ${sample.length} initiatives → ${pairs} pairs)`, p50: median(refreshTimes), aim: '–' });

    const measure = async (name, headers, bodies, aim, limit) => {
      for (const body of bodies.slice(0, 2)) await timed(graphqlUrl, headers, body);
      const times = [];
      let found = 0;
      for (let i = 0; i < REQUESTS; i += 1) {
        const { ms, data } = await timed(graphqlUrl, headers, bodies[i % bodies.length]);
        times.push(ms);
        found += (data.initiativeOverlaps ?? data.similarInitiatives ?? data.overlapPairs?.pairs ?? []).length;
      }
      const p50 = median(times);
      rows.push({ size, name, p50, aim, met: limit === undefined ? undefined : p50 <= limit, found: found / REQUESTS });
    };
    await measure(
      'candidates for one initiative (initiativeOverlaps, first 10), signed in',
      signedIn,
      subjectIds.map((id) => ({ query: OVERLAPS_QUERY, variables: { id } })),
      size >= 100_000 ? '≤ 100 ms' : '–',
      size >= 100_000 ? 100 : undefined,
    );
    await measure(
      'similar initiatives for a draft (title, target group, dates), signed in',
      signedIn,
      [
        {
          query: SIMILAR_QUERY,
          variables: { d: { title: 'Språkstöd i arbete för nyanlända', targetGroups: ['newly-arrived'], startDate: '2024-01-01', endDate: '2024-12-31' } },
        },
      ],
      '–',
    );
    await measure(
      'the Region’s first page of pairs (overlapPairs, first 50), samordnare.region',
      region,
      [{ query: PAIRS_QUERY }],
      size >= 100_000 ? '≤ 300 ms' : '–',
      size >= 100_000 ? 300 : undefined,
    );
  } finally {
    await owner.end();
  }
  return rows;
}

export function renderOverlapRows(rows) {
  const ms = (v) => (Number.isFinite(v) ? (v < 10 ? v.toFixed(1) : v.toFixed(0)) : '–');
  return [
    '| Rows | What | p50 ms (c = 1) | Results per request | Aim | Met? |',
    '|---|---|---:|---:|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.size.toLocaleString('sv-SE')} | ${r.name} | ${ms(r.p50)} | ${r.found === undefined ? '–' : r.found.toFixed(1)} | ${r.aim} | ${r.met === undefined ? '–' : r.met ? 'yes' : 'no'} |`,
    ),
  ].join('\n');
}
