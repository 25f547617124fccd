import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';
import { logger } from '../log.ts';

/**
 * Request id (X-Request-Id, echoed back) and one access-log line per request at info level:
 * ids only (method, path without query, host, status, duration), never personal data.
 * `req.log` is a child logger bound to the request id, created only when something logs.
 * (pino-http does the same with more machinery per request; this sits on the hot path.)
 */
declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Request {
      id: string;
      log: Logger;
    }
  }
}

const ID_PATTERN = /^[A-Za-z0-9-]{8,64}$/;
const childLogs = new WeakMap<object, Logger>();

/**
 * `req.log`: a getter on Express's request prototype, installed once. (Defining a property on
 * each request object would turn it into a slow dictionary-mode object for the whole chain.)
 */
export function installRequestLogger(requestPrototype: object): void {
  Object.defineProperty(requestPrototype, 'log', {
    configurable: true,
    get(this: Request): Logger {
      let child = childLogs.get(this);
      if (!child) childLogs.set(this, (child = logger().child({ reqId: this.id })));
      return child;
    },
  });
}

export function requestLog(req: Request, res: Response, next: NextFunction): void {
  const root = logger();
  const incoming = req.headers['x-request-id'];
  const id = typeof incoming === 'string' && ID_PATTERN.test(incoming) ? incoming : randomUUID();
  req.id = id;
  res.setHeader('X-Request-Id', id);
  if (root.isLevelEnabled('info')) {
    const started = performance.now();
    res.once('finish', () => {
      const level = res.statusCode >= 500 ? 'error' : 'info';
      root[level]({ reqId: id, method: req.method, path: logPath(req.originalUrl), host: req.headers.host, status: res.statusCode, ms: Math.round(performance.now() - started) }, 'request');
    });
  }
  next();
}

/** The path without query; a CSV (a bearer secret: it opens the document) never reaches the log. */
export function logPath(url: string): string {
  return url.split('?')[0]!.replace(/^\/api\/verify\/[^/]+/, '/api/verify/:csv');
}
