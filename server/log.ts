import pino, { type Logger } from 'pino';
import { config } from './config.ts';

/**
 * One pino logger. Logs carry ids (request, tenant slug), never secrets or personal data:
 * authorization headers, cookies and bodies are redacted.
 */
let root: Logger | undefined;

export function logger(): Logger {
  root ??= pino({
    level: config().LOG_LEVEL,
    base: { app: 'sede' },
    redact: { paths: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]', '*.password', '*.token'], censor: '[redacted]' },
  });
  return root;
}
