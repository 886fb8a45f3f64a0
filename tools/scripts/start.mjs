// `npm start`: build what is needed, then run the portal (API + web on one origin) with the
// embedded PostgreSQL unless DATABASE_URL is set.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { clamdInstalled, startClamd } from './clamd.mjs';
import { assertNodeVersion } from './node-version.mjs';
import { runCommand } from './run-command.mjs';

assertNodeVersion();
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
process.chdir(root);

// Check the lock before building: a second start must not touch a running portal's files.
const dataDir = path.resolve(root, process.env.PORTAL_DATA_DIR || '.data');
if (!process.env.DATABASE_URL) {
  try {
    const pid = Number(readFileSync(path.join(dataDir, 'portal.lock'), 'utf8').trim());
    process.kill(pid, 0);
    console.error(
      `\nPortalen körs redan (process ${pid}) med datamappen ${dataDir}.\nStoppa den med Ctrl-C i dess terminal innan du startar igen. Inga data har rörts.\n`,
    );
    process.exit(2);
  } catch {
    // No lock, or its holder is gone: go on.
  }
}

console.log('Bygger portalen (första gången tar det en stund) …');
const built = await runCommand('npx', ['nx', 'run-many', '-t', 'build', '-p', 'shared-domain', 'api', 'web', 'identity', '--output-style=static']);
if (built !== 0) {
  console.error('\nBygget misslyckades; se felen ovan.');
  process.exit(built);
}

// Without OIDC_ISSUER, the Keycloak stand-in serves the realm on http://localhost:$IDENTITY_PORT (8080).
const children = [];
const identityPort = process.env.IDENTITY_PORT || '8080';
if (!process.env.OIDC_ISSUER) {
  const identity = spawn(process.execPath, ['apps/identity/dist/main.js'], { stdio: 'inherit', env: process.env });
  children.push(identity);
  const ready = await new Promise((resolve) => {
    const deadline = Date.now() + 20_000;
    const port = identityPort;
    const poll = () =>
      fetch(`http://127.0.0.1:${port}/realms/portal/.well-known/openid-configuration`)
        .then((r) => resolve(r.ok))
        .catch(() => (identity.exitCode !== null || Date.now() > deadline ? resolve(false) : setTimeout(poll, 200)));
    poll();
  });
  if (!ready) {
    console.error(
      `\nInloggningstjänsten (Keycloak-ersättaren) startade inte; se felen ovan. Är port ${identityPort} upptagen? Välj en annan med IDENTITY_PORT.`,
    );
    identity.kill('SIGTERM');
    process.exit(1);
  }
}

const apiEnv = { ...process.env, WEB_DIST_DIR: process.env.WEB_DIST_DIR ?? 'apps/web/dist' };
if (!process.env.OIDC_ISSUER && process.env.IDENTITY_PORT) apiEnv.OIDC_ISSUER = `http://localhost:${process.env.IDENTITY_PORT}/realms/portal`;

/** Resolves true once something accepts connections on the loopback port, false if `child` exits or 20 s pass. */
function portAnswers(port, child) {
  const deadline = Date.now() + 20_000;
  return new Promise((resolve) => {
    const attempt = () => {
      const socket = connect({ host: '127.0.0.1', port: Number(port) });
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => {
        socket.destroy();
        if (child.exitCode !== null || Date.now() > deadline) resolve(false);
        else setTimeout(attempt, 200);
      });
    };
    attempt();
  });
}

/** Whether something already listens on the loopback port (another portal's mail catcher, say). */
function portInUse(port) {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port: Number(port) });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

// Without SMTP_URL, a local mail catcher (maildev) receives everything the portal sends, on
// loopback only, with its inbox on the web; its mail is kept in the data folder.
if (!process.env.SMTP_URL) {
  const smtpPort = process.env.MAIL_SMTP_PORT || '1025';
  const webPort = process.env.MAIL_WEB_PORT || '1080';
  if ((await portInUse(smtpPort)) || (await portInUse(webPort))) {
    console.error(
      `\nPort ${smtpPort} eller ${webPort} för den lokala brevlådan används redan (kanske av en annan portal). Välj andra med MAIL_SMTP_PORT och MAIL_WEB_PORT, eller ange en riktig server med SMTP_URL.`,
    );
    for (const c of children) c.kill('SIGTERM');
    process.exit(2);
  }
  const maildev = spawn(
    process.execPath,
    [
      'node_modules/maildev/dist/bin/maildev.js',
      ...['--smtp', smtpPort, '--web', webPort, '--ip', '127.0.0.1', '--web-ip', '127.0.0.1'],
      ...['--mail-directory', path.join(dataDir, 'mail'), '--max-emails', '500', '--silent'],
    ],
    { stdio: ['ignore', 'ignore', 'inherit'], env: process.env },
  );
  children.push(maildev);
  const ready = (await portAnswers(smtpPort, maildev)) && (await portAnswers(webPort, maildev));
  if (!ready) {
    console.error(
      `\nDen lokala brevlådan (maildev) startade inte. Är port ${smtpPort} eller ${webPort} upptagen? Välj andra med MAIL_SMTP_PORT och MAIL_WEB_PORT, eller ange en riktig server med SMTP_URL.`,
    );
    for (const c of children) c.kill('SIGTERM');
    process.exit(1);
  }
  apiEnv.SMTP_URL = `smtp://127.0.0.1:${smtpPort}`;
  apiEnv.MAIL_INBOX_URL = `http://localhost:${webPort}`;
}
/** A free loopback port: `preferred` if it is free, else one the OS picks. */
function freeLoopbackPort(preferred) {
  const listen = (port) =>
    new Promise((resolve) => {
      const server = createServer();
      server.once('error', () => resolve(undefined));
      server.listen(port, '127.0.0.1', () => {
        const { port: taken } = server.address();
        server.close(() => resolve(taken));
      });
    });
  return listen(preferred).then((port) => port ?? listen(0));
}

// Without CLAMAV_HOST, a local clamd scans uploads when ClamAV is installed (clamav-daemon), with
// its files in the data folder and only the EICAR test signature (Debian's signature downloads
// are not used); otherwise files are stored unscanned.
if (!process.env.CLAMAV_HOST) {
  if (clamdInstalled()) {
    const port = await freeLoopbackPort(Number(process.env.PORTAL_CLAMD_PORT || 3310));
    try {
      const clamd = await startClamd({ dir: path.join(dataDir, 'clamd'), port });
      children.push(clamd.child);
      apiEnv.CLAMAV_HOST = clamd.host;
      apiEnv.CLAMAV_PORT = String(clamd.port);
      console.log(`Virusskydd: lokal clamd på 127.0.0.1:${clamd.port} (bara EICAR-testsignaturen; data i ${path.join(dataDir, 'clamd')}).`);
    } catch (error) {
      console.warn(`\nclamd startade inte (${error instanceof Error ? error.message : String(error)}): uppladdade filer virussöks inte.\n`);
    }
  } else {
    console.log('clamd är inte installerat (apt-get install clamav-daemon): uppladdade filer virussöks inte.');
  }
}

const api = spawn(process.execPath, ['apps/api/dist/main.js'], { stdio: 'inherit', env: apiEnv });
children.push(api);
// Ctrl-C reaches the whole process group; each child shuts down cleanly and we follow them.
process.on('SIGINT', () => undefined);
process.on('SIGTERM', () => children.forEach((c) => c.kill('SIGTERM')));
api.on('exit', (code, signal) => {
  for (const c of children) if (c !== api && c.exitCode === null) c.kill('SIGTERM');
  process.exit(code ?? (signal ? 1 : 0));
});
