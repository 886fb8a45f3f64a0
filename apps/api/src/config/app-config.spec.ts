import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './app-config.js';

describe('loadConfig', () => {
  it('defaults to the embedded database, port 3000 and .data in the working folder', () => {
    const config = loadConfig({}, '/repo');
    expect(config).toMatchObject({
      production: false,
      port: 3000,
      databaseUrl: undefined,
      migrationDatabaseUrl: undefined,
      dataDir: path.resolve('/repo/.data'),
      embeddedDatabasePort: 55432,
      webDistDir: undefined,
    });
  });

  it('uses DATABASE_URL for migrations too unless DATABASE_MIGRATION_URL is set', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://a@h/db' }, '/r').migrationDatabaseUrl).toBe('postgres://a@h/db');
    expect(loadConfig({ DATABASE_URL: 'postgres://a@h/db', DATABASE_MIGRATION_URL: 'postgres://o@h/db' }, '/r').migrationDatabaseUrl).toBe('postgres://o@h/db');
  });

  it('refuses to start in production without a real admin client secret', () => {
    for (const secret of [undefined, '', 'change-me-in-production', 'CHANGE-ME-IN-PRODUCTION', 'kort']) {
      expect(() => loadConfig({ NODE_ENV: 'production', ...(secret === undefined ? {} : { KEYCLOAK_ADMIN_CLIENT_SECRET: secret }) }, '/r')).toThrow(
        /KEYCLOAK_ADMIN_CLIENT_SECRET/,
      );
    }
    expect(loadConfig({ NODE_ENV: 'production', KEYCLOAK_ADMIN_CLIENT_SECRET: 'a-real-secret-of-32-characters!!' }, '/r').oidc.adminClientSecret).toBe(
      'a-real-secret-of-32-characters!!',
    );
    // Locally the stand-in's dev secret is the default.
    expect(loadConfig({}, '/r').oidc.adminClientSecret).toBe('change-me-in-production');
  });

  it('rejects a port that is not a port, in Swedish', () => {
    expect(() => loadConfig({ PORT: 'abc' }, '/r')).toThrow('PORT måste vara ett portnummer mellan 1 och 65535 (fick "abc").');
    expect(() => loadConfig({ PORTAL_DB_PORT: '70000' }, '/r')).toThrow(/PORTAL_DB_PORT/);
  });

  it('loads demo data unless PORTAL_DEMO_DATA is off, and refuses anything but on or off', () => {
    expect(loadConfig({}, '/r').seedDemoData).toBe(true);
    expect(loadConfig({ PORTAL_DEMO_DATA: '' }, '/r').seedDemoData).toBe(true);
    expect(loadConfig({ PORTAL_DEMO_DATA: 'on' }, '/r').seedDemoData).toBe(true);
    expect(loadConfig({ PORTAL_DEMO_DATA: 'off' }, '/r').seedDemoData).toBe(false);
    expect(loadConfig({ PORTAL_DEMO_DATA: ' OFF ' }, '/r').seedDemoData).toBe(false);
    expect(() => loadConfig({ PORTAL_DEMO_DATA: 'false' }, '/r')).toThrow('PORTAL_DEMO_DATA måste vara on eller off (fick "false").');
  });

  it('has generous rate limits by default, read per minute from the environment, 0 meaning off', () => {
    expect(loadConfig({}, '/r').rateLimits).toEqual({ writesPerUser: 300, writesPerAddress: 1200, searchesPerUser: 300, searchesPerAddress: 1200 });
    expect(
      loadConfig(
        {
          PORTAL_RATE_LIMIT_WRITES_PER_MINUTE: '3',
          PORTAL_RATE_LIMIT_WRITES_PER_MINUTE_PER_ADDRESS: ' 0 ',
          PORTAL_RATE_LIMIT_SEARCHES_PER_MINUTE: '',
          PORTAL_RATE_LIMIT_SEARCHES_PER_MINUTE_PER_ADDRESS: '5000',
        },
        '/r',
      ).rateLimits,
    ).toEqual({ writesPerUser: 3, writesPerAddress: 0, searchesPerUser: 300, searchesPerAddress: 5000 });
    for (const raw of ['-1', '1.5', 'many', '2000000', 'off']) {
      expect(() => loadConfig({ PORTAL_RATE_LIMIT_WRITES_PER_MINUTE: raw }, '/r')).toThrow(
        `PORTAL_RATE_LIMIT_WRITES_PER_MINUTE måste vara ett heltal från 0 (av) till 1000000 per minut (fick "${raw}").`,
      );
    }
  });

  it('trusts no proxy unless PORTAL_TRUST_PROXY names a hop count or the proxies, and never everyone', () => {
    expect(loadConfig({}, '/r').trustProxy).toBe(false);
    expect(loadConfig({ PORTAL_TRUST_PROXY: 'off' }, '/r').trustProxy).toBe(false);
    expect(loadConfig({ PORTAL_TRUST_PROXY: '0' }, '/r').trustProxy).toBe(false);
    expect(loadConfig({ PORTAL_TRUST_PROXY: '2' }, '/r').trustProxy).toBe(2);
    expect(loadConfig({ PORTAL_TRUST_PROXY: 'loopback, UniqueLocal,10.1.2.3, 172.16.0.0/12,fd00::/8' }, '/r').trustProxy).toEqual([
      'loopback',
      'uniquelocal',
      '10.1.2.3',
      '172.16.0.0/12',
      'fd00::/8',
    ]);
    for (const raw of ['on', 'true', 'all', '10.0.0.0/33', 'nginx', '11', ',']) {
      expect(() => loadConfig({ PORTAL_TRUST_PROXY: raw }, '/r')).toThrow(/PORTAL_TRUST_PROXY/);
    }
  });

  it('knows production by NODE_ENV', () => {
    expect(loadConfig({ NODE_ENV: 'production', KEYCLOAK_ADMIN_CLIENT_SECRET: 'a-real-secret-of-32-characters!!' }, '/r').production).toBe(true);
  });

  it('reads the mail settings, with defaults that queue mail without sending it', () => {
    expect(loadConfig({ PORT: '3200' }, '/r')).toMatchObject({
      publicUrl: 'http://localhost:3200',
      mail: {
        smtpUrl: undefined,
        from: 'Projektkontor Östergötland <noreply@projektkontor.example>',
        worker: true,
        concurrency: 2,
        maxAttempts: 25,
        inboxUrl: undefined,
      },
    });
    const config = loadConfig(
      {
        SMTP_URL: 'smtps://user:pass@relay.example.se:465',
        MAIL_FROM: 'Portalen <portal@example.se>',
        PORTAL_PUBLIC_URL: 'https://portal.example.se/',
        MAIL_WORKER: 'off',
        MAIL_WORKER_CONCURRENCY: '4',
        MAIL_MAX_ATTEMPTS: '10',
        MAIL_INBOX_URL: 'http://localhost:1080',
      },
      '/r',
    );
    expect(config.publicUrl).toBe('https://portal.example.se');
    expect(config.mail).toEqual({
      smtpUrl: 'smtps://user:pass@relay.example.se:465',
      from: 'Portalen <portal@example.se>',
      worker: false,
      concurrency: 4,
      maxAttempts: 10,
      inboxUrl: 'http://localhost:1080',
    });
  });

  it('turns the job queue worker off with JOB_WORKER, or with its older name MAIL_WORKER', () => {
    expect(loadConfig({}, '/r').mail.worker).toBe(true);
    expect(loadConfig({ JOB_WORKER: 'off' }, '/r').mail.worker).toBe(false);
    expect(loadConfig({ MAIL_WORKER: 'off' }, '/r').mail.worker).toBe(false);
    // The new name decides when both are set.
    expect(loadConfig({ JOB_WORKER: 'on', MAIL_WORKER: 'off' }, '/r').mail.worker).toBe(true);
  });

  it('refuses bad mail settings in Swedish, without echoing an SMTP password', () => {
    expect(() => loadConfig({ SMTP_URL: 'http://user:hemligt@relay' }, '/r')).toThrow(/^SMTP_URL måste vara en adress som smtp:\/\//);
    expect(() => loadConfig({ SMTP_URL: 'http://user:hemligt@relay' }, '/r')).not.toThrow(/hemligt/);
    expect(() => loadConfig({ MAIL_FROM: 'ingen adress' }, '/r')).toThrow('MAIL_FROM måste vara en e-postadress');
    expect(() => loadConfig({ PORTAL_PUBLIC_URL: 'portal.example.se' }, '/r')).toThrow(/^PORTAL_PUBLIC_URL måste vara/);
    expect(() => loadConfig({ MAIL_WORKER: 'ja' }, '/r')).toThrow('MAIL_WORKER måste vara on eller off');
    expect(() => loadConfig({ JOB_WORKER: 'nej' }, '/r')).toThrow('JOB_WORKER måste vara on eller off');
    expect(() => loadConfig({ MAIL_MAX_ATTEMPTS: '0' }, '/r')).toThrow('MAIL_MAX_ATTEMPTS måste vara ett heltal från 1 till 100 (fick "0").');
  });
});
