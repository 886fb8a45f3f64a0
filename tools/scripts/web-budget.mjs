// `npm run bench:web`: each page's initial JavaScript in gzip bytes, read from the Vite build
// manifest, against the budget. Exits non-zero when a page is over it, so `npm test` fails.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

// The aim (issue 10) is 120 KB. Until the translations and the GraphQL client leave the entry,
// `npm test` enforces the ceiling it passes (`--max-kb`), so the pages cannot grow unnoticed.
const AIM_KB = 120;
const maxArg = process.argv.indexOf('--max-kb');
const BUDGET_KB = maxArg > 0 ? Number(process.argv[maxArg + 1]) : AIM_KB;
if (!Number.isFinite(BUDGET_KB) || BUDGET_KB <= 0) {
  console.error('Ange --max-kb som ett positivt tal.');
  process.exit(2);
}
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const webDir = path.join(root, 'apps/web');
const distDir = path.join(webDir, 'dist');
const manifestFile = path.join(distDir, '.vite/manifest.json');
// Fetched on every page before anything renders (AuthRoot waits for it), so counted everywhere.
const ALWAYS_LOADED = ['src/auth/oidc-session.tsx'];

if (!existsSync(manifestFile)) {
  console.error(`${path.relative(root, manifestFile)} saknas: bygg webben först (npx nx run web:build).`);
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
const [entryKey] = Object.entries(manifest).find(([, chunk]) => chunk.isEntry) ?? [];
if (!entryKey) throw new Error('The manifest has no entry chunk');

/** A chunk's file and every file it imports statically, transitively (what the browser must fetch). */
function staticClosure(key, into = new Set()) {
  const chunk = manifest[key];
  if (!chunk) throw new Error(`${key} is not in the manifest`);
  if (into.has(chunk.file)) return into;
  into.add(chunk.file);
  for (const imported of chunk.imports ?? []) staticClosure(imported, into);
  return into;
}

const gzipSizes = new Map();
function gzipBytes(file) {
  if (!gzipSizes.has(file)) gzipSizes.set(file, gzipSync(readFileSync(path.join(distDir, file)), { level: 9 }).length);
  return gzipSizes.get(file);
}

// The pages and their lazy modules, read from the routes so a new page is measured without edits here.
const paths = Object.fromEntries(
  [...readFileSync(path.join(webDir, 'src/app/site-map.ts'), 'utf8').matchAll(/^\s+(\w+): '([^']+)',$/gm)].map(([, key, url]) => [key, url]),
);
const routesSource = readFileSync(path.join(webDir, 'src/app/app-routes.tsx'), 'utf8');
const lazyRoutes = [...routesSource.matchAll(/path: (PATHS\.\w+|`[^`]+`),[^\n]*?\n?[^\n]*?import\('([^']+)'\)/g)].map(([, routePath, module]) => ({
  url: routePath.startsWith('PATHS.') ? paths[routePath.slice(6)] : routePath.slice(1, -1).replace(/\$\{PATHS\.(\w+)\}/g, (_, key) => paths[key]),
  module: path.posix.join('src/app', `${module}.tsx`),
}));
const pages = [{ url: paths['start'], module: undefined }, ...lazyRoutes, { url: '/sidan-finns-inte (404)', module: undefined }];

const base = new Set([...staticClosure(entryKey), ...ALWAYS_LOADED.flatMap((key) => [...staticClosure(key)])]);
const rows = pages.map(({ url, module }) => {
  const files = new Set(base);
  if (module) for (const file of staticClosure(module)) files.add(file);
  const js = [...files].filter((file) => file.endsWith('.js'));
  const bytes = js.reduce((sum, file) => sum + gzipBytes(file), 0);
  return { url, chunks: js.length, kb: bytes / 1024 };
});

const entryKb = [...staticClosure(entryKey)].filter((f) => f.endsWith('.js')).reduce((sum, file) => sum + gzipBytes(file), 0) / 1024;
console.log(`\nWebb: första laddningens JS per sida (gzip), gräns ${BUDGET_KB} KB (mål ${AIM_KB} KB)`);
console.log(`  Entry med statiska importer: ${entryKb.toFixed(1)} KB; alltid laddat därtill: ${ALWAYS_LOADED.join(', ')}\n`);
console.log(`  ${'Sida'.padEnd(36)} ${'filer'.padStart(5)} ${'KB gzip'.padStart(9)}`);
for (const row of rows) {
  const mark = row.kb > BUDGET_KB ? '  ÖVER GRÄNSEN' : row.kb > AIM_KB ? '  över målet' : '';
  console.log(`  ${row.url.padEnd(36)} ${String(row.chunks).padStart(5)} ${row.kb.toFixed(1).padStart(9)}${mark}`);
}
const over = rows.filter((row) => row.kb > BUDGET_KB);
console.log(over.length === 0 ? `\n  Alla sidor inom ${BUDGET_KB} KB.\n` : `\n  ${over.length} sidor över ${BUDGET_KB} KB.\n`);
process.exit(over.length === 0 ? 0 : 1);
