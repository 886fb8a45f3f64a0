import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { exportJWK, generateKeyPair, importJWK, type JWK, type CryptoKey, type KeyObject } from 'jose';

export interface SigningKey {
  /** Private JWK with kid, alg and use, as oidc-provider wants it. */
  readonly privateJwk: JWK;
  readonly publicKey: CryptoKey | KeyObject | Uint8Array;
}

/** The realm's RS256 key, made once and kept in the data folder so tokens survive restarts. */
export async function loadOrCreateSigningKey(dataDir: string): Promise<SigningKey> {
  const file = path.join(dataDir, 'signing-key.json');
  let privateJwk: JWK;
  if (existsSync(file)) {
    privateJwk = JSON.parse(await readFile(file, 'utf8')) as JWK;
  } else {
    const { privateKey } = await generateKeyPair('RS256', { modulusLength: 2048, extractable: true });
    privateJwk = { ...(await exportJWK(privateKey)), alg: 'RS256', use: 'sig', kid: `portal-${Date.now().toString(36)}` };
    await writeFile(file, JSON.stringify(privateJwk), { mode: 0o600 });
  }
  const { d: _d, p: _p, q: _q, dp: _dp, dq: _dq, qi: _qi, ...publicJwk } = privateJwk;
  return { privateJwk, publicKey: await importJWK(publicJwk, 'RS256') };
}
