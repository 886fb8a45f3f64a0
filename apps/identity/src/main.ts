import path from 'node:path';
import { startIdentityStandIn } from './identity-stand-in.js';

const port = Number(process.env['IDENTITY_PORT'] || 8080);
const dataDir = path.resolve(process.env['PORTAL_DATA_DIR'] || '.data', 'identity');
// The realm file names only localhost:3000; the portal actually served (PORT, PORTAL_PUBLIC_URL)
// must be allowed too, or sign-in fails with "redirect_uri did not match" on any other port.
const portalPort = process.env['PORT'] || '3000';
const portalOrigins = [
  `http://localhost:${portalPort}`,
  `http://127.0.0.1:${portalPort}`,
  ...(process.env['PORTAL_PUBLIC_URL'] ? [new URL(process.env['PORTAL_PUBLIC_URL']).origin] : []),
];

try {
  const standIn = await startIdentityStandIn({
    port,
    dataDir,
    publicUrl: process.env['IDENTITY_PUBLIC_URL'] || undefined,
    extraRedirectOrigins: portalOrigins,
    log: (message) => process.stdout.write(`[inloggning] ${message}\n`),
  });
  const stop = () => {
    standIn.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  process.stderr.write(
    code === 'EADDRINUSE'
      ? `\nPort ${port} används redan; inloggningstjänsten kan inte starta. Välj en annan med IDENTITY_PORT.\n`
      : `\nInloggningstjänsten kunde inte starta: ${String(error)}\n`,
  );
  process.exit(2);
}
