// Regenerates the typed GraphQL documents into a scratch folder and compares them with the
// committed apps/web/src/gql, so a schema or query change cannot land without `npm run codegen`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const committedDir = path.join(repoRoot, 'apps/web/src/gql');
const require = createRequire(import.meta.url);

function codegenBin() {
  const manifestPath = require.resolve('@graphql-codegen/cli/package.json');
  const { bin } = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const relative = typeof bin === 'string' ? bin : (bin['graphql-codegen'] ?? bin.gql_gen);
  return path.join(path.dirname(manifestPath), relative);
}

function listFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

const scratch = mkdtempSync(path.join(tmpdir(), 'web-codegen-'));
try {
  const run = spawnSync(process.execPath, [codegenBin(), '--config', 'apps/web/codegen.ts'], {
    cwd: repoRoot,
    env: { ...process.env, WEB_CODEGEN_OUT: `${scratch}${path.sep}` },
    encoding: 'utf8',
  });
  if (run.status !== 0) {
    process.stderr.write(`${run.stdout ?? ''}${run.stderr ?? ''}\n`);
    console.error('Kodgenereringen för webben misslyckades (se utskriften ovan).');
    process.exit(1);
  }

  const expected = listFiles(scratch);
  const committed = listFiles(committedDir);
  const differing = [...new Set([...expected, ...committed])].sort().filter((file) => {
    const a = path.join(scratch, file);
    const b = path.join(committedDir, file);
    return !existsSync(a) || !existsSync(b) || readFileSync(a, 'utf8') !== readFileSync(b, 'utf8');
  });

  if (differing.length > 0) {
    console.error(
      `De genererade GraphQL-typerna i apps/web/src/gql är inte aktuella (skiljer sig: ${differing.join(', ')}).\n` +
        'Kör `npm run codegen` och checka in ändringarna.',
    );
    process.exit(1);
  }
  console.log('De genererade GraphQL-typerna i apps/web/src/gql är aktuella.');
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
