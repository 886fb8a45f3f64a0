import { pino, type Logger } from 'pino';

/** One pino logger for the process; JSON lines on stdout, with the request id where there is one. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'portal-api' },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: ['req.headers.authorization', 'req.headers.cookie'], censor: '[dold]' },
  });
}
