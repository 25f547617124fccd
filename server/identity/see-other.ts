import type { Response } from 'express';

/**
 * 303 See Other with an empty body: what the login hops need. (`res.redirect` negotiates a
 * text or HTML body for every redirect; on the certificate login's hot path that is wasted.)
 */
export function seeOther(res: Response, url: string): void {
  res.status(303).location(url).set('Content-Length', '0').end();
}
