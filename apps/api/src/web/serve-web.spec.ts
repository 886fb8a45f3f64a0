import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptedEncodings, chooseEncoding, serveWeb } from './serve-web';

interface RawResponse {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
}

const SCRIPT = Buffer.from(`export const greeting = ${JSON.stringify('hej '.repeat(500))};\n`);
const STYLE = Buffer.from('body { color: #0b3a5b; }\n'.repeat(50));

let server: Server;
let dist: string;
let origin: string;

// node:http, not fetch: fetch would decompress silently and hide what was sent.
function get(pathname: string, headers: Record<string, string> = {}, method = 'GET'): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(`${origin}${pathname}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  dist = mkdtempSync(path.join(tmpdir(), 'serve-web-'));
  mkdirSync(path.join(dist, 'assets'));
  writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>Portal</title>');
  writeFileSync(path.join(dist, 'assets', 'index-AbC123.js'), SCRIPT);
  writeFileSync(path.join(dist, 'assets', 'index-AbC123.js.br'), brotliCompressSync(SCRIPT));
  writeFileSync(path.join(dist, 'assets', 'index-AbC123.js.gz'), gzipSync(SCRIPT));
  // Only gzip for this one: brotli clients then get gzip.
  writeFileSync(path.join(dist, 'assets', 'style-XyZ789.css'), STYLE);
  writeFileSync(path.join(dist, 'assets', 'style-XyZ789.css.gz'), gzipSync(STYLE));
  const app = express();
  expect(serveWeb(app, dist, 'http://idp.example')).toBe(true);
  server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(dist, { recursive: true, force: true });
});

describe('Accept-Encoding', () => {
  it('reads names and refusals', () => {
    expect([...acceptedEncodings('gzip, deflate, br;q=1.0, zstd')]).toEqual(['gzip', 'deflate', 'br', 'zstd']);
    expect([...acceptedEncodings('br;q=0, gzip;q=0.5')]).toEqual(['gzip']);
    expect(acceptedEncodings(undefined).size).toBe(0);
  });

  it('prefers brotli, then gzip, among the variants that exist', () => {
    const both = new Set(['br', 'gzip'] as const);
    expect(chooseEncoding('gzip, br', both)).toBe('br');
    expect(chooseEncoding('gzip', both)).toBe('gzip');
    expect(chooseEncoding('br', new Set(['gzip'] as const))).toBeUndefined();
    expect(chooseEncoding('*', both)).toBe('br');
    expect(chooseEncoding('identity', both)).toBeUndefined();
  });
});

describe('serveWeb', () => {
  it('sends a hashed asset brotli-compressed, cached for good, varying by encoding', async () => {
    const res = await get('/assets/index-AbC123.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/^text\/javascript|^application\/javascript/);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers['vary']).toMatch(/Accept-Encoding/i);
    expect(res.headers['etag']).toBeTruthy();
    expect(res.headers['last-modified']).toBeTruthy();
    expect(Number(res.headers['content-length'])).toBe(res.body.length);
    expect(res.body.length).toBeLessThan(SCRIPT.length);
    expect(brotliDecompressSync(res.body).equals(SCRIPT)).toBe(true);
  });

  it('sends gzip to a client without brotli, and to a brotli client when only gzip exists', async () => {
    const gz = await get('/assets/index-AbC123.js', { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).equals(SCRIPT)).toBe(true);
    const css = await get('/assets/style-XyZ789.css', { 'accept-encoding': 'br, gzip' });
    expect(css.headers['content-encoding']).toBe('gzip');
    expect(css.headers['content-type']).toMatch(/^text\/css/);
    expect(gunzipSync(css.body).equals(STYLE)).toBe(true);
  });

  it('sends the file itself when no encoding is accepted', async () => {
    const res = await get('/assets/index-AbC123.js', { 'accept-encoding': 'identity' });
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.headers['vary']).toMatch(/Accept-Encoding/i);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.body.equals(SCRIPT)).toBe(true);
  });

  it('gives each variant its own ETag and answers a matching If-None-Match with 304', async () => {
    const br = await get('/assets/index-AbC123.js', { 'accept-encoding': 'br' });
    const gz = await get('/assets/index-AbC123.js', { 'accept-encoding': 'gzip' });
    expect(br.headers['etag']).not.toBe(gz.headers['etag']);
    const again = await get('/assets/index-AbC123.js', { 'accept-encoding': 'br', 'if-none-match': String(br.headers['etag']) });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });

  it('answers HEAD with the headers and no body', async () => {
    const res = await get('/assets/index-AbC123.js', { 'accept-encoding': 'br' }, 'HEAD');
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.body.length).toBe(0);
  });

  it('answers a missing asset, a precompressed file by name and a way out of the folder with 404, not index.html', async () => {
    for (const pathname of ['/assets/gone-123.js', '/assets/index-AbC123.js.br', '/assets/..%2Findex.html', '/assets/%E0%A4%A']) {
      const res = await get(pathname, { 'accept-encoding': 'br, gzip' });
      expect(res.status, pathname).toBe(404);
      expect(res.body.toString()).not.toContain('<title>');
    }
  });

  it('serves index.html for client-side routes and by name, revalidated on every load, with the CSP', async () => {
    for (const pathname of ['/initiativ', '/index.html']) {
      const res = await get(pathname);
      expect(res.status, pathname).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.headers['content-security-policy']).toContain("script-src 'self'");
      expect(res.body.toString()).toContain('<title>Portal</title>');
    }
  });
});
