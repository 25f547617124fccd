import type { NextFunction, Request, Response } from 'express';
import helmet, { type HelmetOptions } from 'helmet';

/**
 * Helmet's security headers, computed ONCE: our policy has no per-request parts (no nonces),
 * so helmet runs at start-up against a recording response and every request then gets the
 * same headers in a single `setHeaders` call instead of a dozen middleware hops — this is on
 * the hot path of every public page and API call.
 */
export function securityHeaders(options: HelmetOptions) {
  const headers = new Map<string, string>();
  const removed: string[] = [];
  const recorder = {
    setHeader: (name: string, value: string) => void headers.set(name, value),
    removeHeader: (name: string) => void removed.push(name),
  } as unknown as Response;
  helmet(options)({} as Request, recorder, () => undefined);
  return (_req: Request, res: Response, next: NextFunction): void => {
    res.setHeaders(headers);
    for (const name of removed) res.removeHeader(name);
    next();
  };
}
