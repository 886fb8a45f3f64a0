// `npm test`: every check CI runs, in order, then the totals.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { assertNodeVersion } from './node-version.mjs';
import { runCommand } from './run-command.mjs';

assertNodeVersion();
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
process.chdir(root);

const resultsDir = path.join(root, '.data', 'test-results');
const resultsFile = path.join(resultsDir, 'vitest.json');
rmSync(resultsDir, { recursive: true, force: true });
mkdirSync(resultsDir, { recursive: true });

const nx = (...args) => ['npx', ['nx', ...args, '--output-style=static']];
const steps = [
  { name: 'Bygge (shared-domain, api, web)', cmd: nx('run-many', '-t', 'build'), stopOnFailure: true },
  // Aim 120 KB (issue 10, not reached yet); the ceiling stops growth meanwhile.
  { name: 'Webbens JS-budget (högst 225 KB gzip per sida, mål 120 KB)', cmd: ['node', ['tools/scripts/web-budget.mjs', '--max-kb', '225']] },
  { name: 'Typkontroll', cmd: nx('run-many', '-t', 'typecheck') },
  { name: 'Lint (inkl. Nx modulgränser)', cmd: nx('run-many', '-t', 'lint') },
  { name: 'Formatering (Prettier)', cmd: ['npx', ['prettier', '--check', '.']] },
  { name: 'schema.gql aktuell', cmd: nx('run', 'api:schema-check') },
  { name: 'Genererade webbtyper aktuella', cmd: nx('run', 'web:codegen-check') },
  { name: 'Migreringar = entiteter', cmd: nx('run', 'api:migration-check') },
  {
    name: 'Tester (enhet, integration, webbläsare)',
    cmd: ['npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${resultsFile}`]],
  },
];

const outcomes = [];
for (const step of steps) {
  console.log(`\n=== ${step.name} ===`);
  const started = Date.now();
  const code = await runCommand(...step.cmd);
  outcomes.push({ name: step.name, ok: code === 0, seconds: Math.round((Date.now() - started) / 1000) });
  if (code !== 0 && step.stopOnFailure) break;
}

const projects = new Map();
let totals = { total: 0, passed: 0, failed: 0, skipped: 0 };
if (existsSync(resultsFile)) {
  const report = JSON.parse(readFileSync(resultsFile, 'utf8'));
  totals = {
    total: report.numTotalTests,
    passed: report.numPassedTests,
    failed: report.numFailedTests,
    skipped: report.numPendingTests + report.numTodoTests,
  };
  for (const file of report.testResults) {
    const rel = path.relative(root, file.name);
    const project = rel.startsWith('tests/e2e') ? 'webbläsare' : rel.startsWith('tests/') ? 'integration' : rel.split('/').slice(0, 2).join('/');
    const entry = projects.get(project) ?? { passed: 0, failed: 0, skipped: 0 };
    for (const test of file.assertionResults) {
      if (test.status === 'passed') entry.passed++;
      else if (test.status === 'failed') entry.failed++;
      else entry.skipped++;
    }
    projects.set(project, entry);
  }
}

const pad = (value, width) => String(value).padEnd(width);
console.log('\n================ Sammanfattning av npm test ================');
for (const outcome of outcomes) console.log(`  ${outcome.ok ? 'OK  ' : 'FEL '} ${pad(outcome.name, 42)} ${outcome.seconds} s`);
for (const step of steps.slice(outcomes.length)) console.log(`  --   ${pad(step.name, 42)} kördes inte`);
if (projects.size > 0) {
  console.log(`\n  ${pad('Testprojekt', 22)} ${pad('godkända', 10)} ${pad('underkända', 11)} överhoppade`);
  for (const [project, entry] of projects) console.log(`  ${pad(project, 22)} ${pad(entry.passed, 10)} ${pad(entry.failed, 11)} ${entry.skipped}`);
}
console.log(`\n  Totalt: ${totals.total} tester, ${totals.passed} godkända, ${totals.failed} underkända, ${totals.skipped} överhoppade`);
const failedSteps = outcomes.filter((o) => !o.ok).length + (steps.length - outcomes.length);
console.log(
  failedSteps === 0 && totals.failed === 0 && totals.total > 0 ? '  Resultat: ALLT GODKÄNT' : `  Resultat: UNDERKÄNT (${failedSteps} steg misslyckades)`,
);
console.log('=============================================================\n');
process.exit(failedSteps === 0 && totals.failed === 0 && totals.total > 0 ? 0 : 1);
