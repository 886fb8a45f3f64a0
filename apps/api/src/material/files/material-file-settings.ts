import type { Logger } from 'pino';
import type { PortalRateLimiter } from '../../rate-limit/portal-rate-limiter.js';
import type { ClamdSettings } from './clamd-client.js';

export const MATERIAL_FILE_SETTINGS = Symbol('MATERIAL_FILE_SETTINGS');

/** What the file routes need from the app module: the scanner (none: files are not scanned), the log, the rate limits. */
export interface MaterialFileSettings {
  readonly clamd: ClamdSettings | undefined;
  readonly logger: Logger;
  readonly rateLimiter: PortalRateLimiter;
}
