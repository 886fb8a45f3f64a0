// `npm run token -- <username> [--password demo] [--url http://localhost:$IDENTITY_PORT]`: logs a demo user
// in through the login page (authorization code + PKCE) and prints the access token.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// Follow the same variables as `npm start`, so a portal on other ports needs no extra flags.
const identityPort = process.env.IDENTITY_PORT || '8080';
const portalPort = process.env.PORT || '3000';
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    password: { type: 'string', default: 'demo' },
    url: { type: 'string', default: `http://localhost:${identityPort}` },
    'redirect-uri': { type: 'string' },
  },
});
const username = positionals[0];
if (!username) {
  console.error('Ange ett användarnamn: npm run token -- projektledare.linkoping');
  process.exit(1);
}
const module = path.join(root, 'apps/identity/dist/login-with-pkce.js');
if (!existsSync(module)) {
  console.error('Bygg först: npm run build (eller starta portalen med npm start).');
  process.exit(1);
}
const { loginWithPkce } = await import(module);
try {
  const tokens = await loginWithPkce({
    issuer: `${values.url.replace(/\/+$/, '')}/realms/portal`,
    username,
    password: values.password,
    redirectUri: values['redirect-uri'] ?? `http://localhost:${portalPort}/auth/callback`,
  });
  process.stdout.write(tokens.access_token + '\n');
} catch (error) {
  console.error(`Kunde inte logga in ${username}: ${error instanceof Error ? error.message : String(error)}`);
  console.error('Körs portalen (npm start)? Inloggningstjänsten ska svara på ' + values.url);
  process.exit(1);
}
