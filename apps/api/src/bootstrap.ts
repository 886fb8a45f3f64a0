import 'reflect-metadata';
import { createServer } from 'node:net';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import helmet from 'helmet';
import type { Logger } from 'pino';
import { AppModule } from './app.module.js';
import { authMiddleware } from './auth/auth.middleware.js';
import { TokenVerifier } from './auth/token-verifier.js';
import type { AppConfig } from './config/app-config.js';
import { runMigrations } from './database/data-source.js';
import { APP_ROLE, redactUrl, type DatabaseUrls } from './database/database-roles.js';
import { startEmbeddedDatabase, type EmbeddedDatabase } from './database/embedded-database.js';
import { verifyAppRole } from './database/verify-app-role.js';
import { acquireStartLock } from './database/start-lock.js';
import { NestPinoLogger } from './logging/nest-pino-logger.js';
import { MailLinks } from './mail/mail-links.js';
import { readMailSecret } from './mail/worker/mail-secret.js';
import { migrateMailQueue, startMailWorker, type MailWorker } from './mail/worker/mail-worker.js';
import { requestLoggingMiddleware } from './logging/request-logging.middleware.js';
import { seedDemoInitiatives } from './initiatives/demo/demo-initiatives.seed.js';
import { seedDemoMaterial } from './material/demo/demo-material.seed.js';
import { seedDemoMethods } from './methods/demo/demo-methods.seed.js';
import { seedDemoNetworks } from './networks/demo/demo-networks.seed.js';
import { seedReferenceData } from './seed/reference-data.seed.js';
import { bodyErrorsMiddleware } from './web/body-errors.middleware.js';
import { serveWeb } from './web/serve-web.js';

/** Largest JSON body accepted; GraphQL documents are also limited by tokens (MAX_TOKENS). */
const MAX_BODY = '256kb';

export interface RunningPortal {
  readonly url: string;
  /** The Nest application, for tests that call a provider (e.g. the mail outbox) in a request of their own. */
  readonly app: INestApplicationContext;
  readonly database: DatabaseUrls;
  readonly embedded: EmbeddedDatabase | undefined;
  close(): Promise<void>;
}

export class PortUnavailableError extends Error {}

async function assertPortFree(host: string, port: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new PortUnavailableError(`Port ${port} används redan av ett annat program. Stoppa det eller välj en annan port med PORT=…`)
          : error,
      );
    });
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}

/**
 * Starts the whole portal in one process: the lock and embedded PostgreSQL when no DATABASE_URL
 * is set, migrations and reference data as the owner role, then the API (as the app role) and
 * the built web app on one origin.
 */
export async function startPortal(config: AppConfig, logger: Logger): Promise<RunningPortal> {
  let releaseLock: (() => Promise<void>) | undefined;
  let embedded: EmbeddedDatabase | undefined;
  let app: NestExpressApplication | undefined;
  let worker: MailWorker | undefined;
  try {
    let urls: DatabaseUrls;
    if (config.databaseUrl) {
      await assertPortFree(config.host, config.port);
      urls = { appUrl: config.databaseUrl, ownerUrl: config.migrationDatabaseUrl ?? config.databaseUrl };
      logger.info({ database: redactUrl(urls.appUrl) }, 'Använder databasen i DATABASE_URL');
    } else {
      releaseLock = await acquireStartLock(config.dataDir);
      await assertPortFree(config.host, config.port);
      embedded = await startEmbeddedDatabase({
        dataDir: config.dataDir,
        port: config.embeddedDatabasePort,
        log: (message) => logger.debug({ component: 'postgres' }, message),
      });
      urls = embedded;
      logger.info({ dataDir: config.dataDir, port: embedded.port }, 'Inbyggd PostgreSQL startad');
    }

    const applied = await runMigrations(urls.ownerUrl);
    if (applied.length > 0) logger.info({ migrations: applied }, 'Migreringar körda');
    await verifyAppRole(urls.appUrl, APP_ROLE);
    const seeded = await seedReferenceData(urls.ownerUrl);
    if (seeded.organizationsAdded > 0) logger.info(seeded, 'Organisationer inlagda');
    // Needs the organisations above; adds nothing once any demo initiative exists.
    if (config.seedDemoData) {
      const demo = await seedDemoInitiatives(urls.ownerUrl);
      if (demo.added > 0) logger.info(demo, 'Demoinsatser inlagda (PORTAL_DEMO_DATA=off stänger av)');
      // After the initiatives, which it links to the methods they use.
      const methods = await seedDemoMethods(urls.ownerUrl);
      if (methods.added > 0) logger.info(methods, 'Demometoder inlagda');
      // Needs the demo initiatives (one is shared with a network, others are on an agenda).
      const networks = await seedDemoNetworks(urls.ownerUrl);
      if (networks.added > 0) logger.info(networks, 'Demonätverk inlagda');
      // Last: it links to the demo initiatives and methods and is shared with a demo network.
      const material = await seedDemoMaterial(urls.ownerUrl);
      if (material.added > 0) logger.info(material, 'Demomaterial inlagt');
    }

    // graphile-worker's schema, after TypeORM's: the outbox trigger (a TypeORM migration) calls its add_job.
    await migrateMailQueue(urls.ownerUrl, logger);
    const mailLinks = new MailLinks(config.publicUrl, await readMailSecret(urls.ownerUrl));

    app = await NestFactory.create<NestExpressApplication>(
      AppModule.forRoot({
        databaseUrl: urls.appUrl,
        production: config.production,
        logger,
        oidc: config.oidc,
        rateLimits: config.rateLimits,
        mail: { links: mailLinks, maxAttempts: config.mail.maxAttempts, smtpConfigured: config.mail.smtpUrl !== undefined },
        files: config.files,
      }),
      { logger: new NestPinoLogger(logger), bodyParser: false },
    );
    const express = app.getHttpAdapter().getInstance();
    express.disable('x-powered-by');
    // Whose X-Forwarded-For names the client (req.ip, which the per-address rate limits count):
    // nobody unless PORTAL_TRUST_PROXY says so, or any client could pick its own address.
    express.set('trust proxy', Array.isArray(config.trustProxy) ? [...config.trustProxy] : config.trustProxy);
    app.use(requestLoggingMiddleware(logger));
    app.use(authMiddleware(new TokenVerifier(config.oidc), logger));
    // The web app's CSP is set where index.html is served; here only the generic headers.
    app.use(helmet({ contentSecurityPolicy: false }));
    app.useBodyParser('json', { limit: MAX_BODY });
    express.use(bodyErrorsMiddleware(MAX_BODY));
    // The browser learns where to log in from the server, so switching to real Keycloak is configuration only.
    express.get('/auth-config.json', (_req, res) => {
      res.setHeader('Cache-Control', 'no-cache');
      res.json({ authority: config.oidc.publicAuthority, clientId: config.oidc.publicClientId });
    });
    serveWeb(express, config.webDistDir, new URL(config.oidc.publicAuthority).origin);
    await app.listen(config.port, config.host);
    // In every instance: graphile-worker locks each job to one worker, so several instances share the queue.
    if (config.mail.worker) {
      worker = await startMailWorker({
        ownerUrl: urls.ownerUrl,
        smtpUrl: config.mail.smtpUrl,
        from: config.mail.from,
        concurrency: config.mail.concurrency,
        maxAttempts: config.mail.maxAttempts,
        links: mailLinks,
        logger,
        clamd: config.files.clamd,
      });
    }
    const running = app;

    const displayHost = config.host === '127.0.0.1' || config.host === '0.0.0.0' ? 'localhost' : config.host;
    const url = `http://${displayHost}:${config.port}`;
    let closed = false;
    return {
      url,
      app: running,
      database: urls,
      embedded,
      async close() {
        if (closed) return;
        closed = true;
        // The worker first: a mail being sent finishes (or is retried later) before PostgreSQL stops.
        await worker?.stop();
        await running.close();
        await embedded?.stop();
        await releaseLock?.();
      },
    };
  } catch (error) {
    await worker?.stop().catch(() => undefined);
    await app?.close().catch(() => undefined);
    await embedded?.stop().catch(() => undefined);
    await releaseLock?.().catch(() => undefined);
    throw error;
  }
}
