import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';

const API_PREFIXES = ['/graphql', '/health'];

/**
 * Vite inlines nothing at run time, so scripts and styles come from our own origin only. The
 * identity provider's origin is allowed for the token calls and the silent-renew iframe.
 */
export function webContentSecurityPolicy(authorityOrigin: string | undefined): string {
  const idp = authorityOrigin ? ` ${authorityOrigin}` : '';
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${idp}`,
    `frame-src 'self'${idp}`,
    "frame-ancestors 'self'",
    "base-uri 'self'",
    `form-action 'self'${idp}`,
    "object-src 'none'",
  ].join('; ');
}

/**
 * Serves the built web app on the API's origin: hashed assets with long caching, and index.html
 * for every other GET so client-side routes work on reload and from bookmarks.
 */
export function serveWeb(app: Express, distDir: string | undefined, authorityOrigin?: string): boolean {
  const csp = webContentSecurityPolicy(authorityOrigin);
  if (!distDir || !existsSync(path.join(distDir, 'index.html'))) return false;
  const indexFile = path.join(distDir, 'index.html');
  app.use('/assets', express.static(path.join(distDir, 'assets'), { immutable: true, maxAge: '1y', index: false, fallthrough: false }));
  app.use(express.static(distDir, { index: false, maxAge: '1h' }));
  app.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || API_PREFIXES.some((p) => req.path === p || req.path.startsWith(`${p}/`))) {
      next();
      return;
    }
    res.setHeader('Content-Security-Policy', csp);
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(indexFile);
  });
  return true;
}
