import type { Request } from 'express';
import { config } from '../config.ts';
import { csrfTokenOf } from './csrf.ts';
import { sessionUser } from './sessions.ts';

/** GET /api/session: who is logged in here, how, at what level, and the previous access. */
export function sessionView(req: Request) {
  const user = sessionUser(req);
  const isSede = req.site.kind === 'sede';
  const methods = { certificate: true, pin: isSede, password: true };
  const demo = config().DEMO_MODE;
  const csrfToken = csrfTokenOf(req) ?? '';
  if (!user) return { authenticated: false, csrfToken, methods, demo };
  const idleEnds = Date.now() + config().SESSION_IDLE_MINUTES * 60_000;
  return {
    authenticated: true,
    csrfToken,
    user: {
      kind: user.kind,
      fullName: user.fullName,
      ...(user.nif ? { nif: user.nif } : {}),
      ...(user.kind === 'citizen' && user.company ? { company: user.company } : {}),
      ...(user.kind === 'staff' ? { roles: user.roles, username: user.username } : {}),
      ...(user.kind === 'platform-admin' ? { username: user.username } : {}),
    },
    auth: user.auth,
    previousAccess: user.previousAccess,
    expiresAt: new Date(Math.min(idleEnds, user.absoluteExpiresAt)).toISOString(),
    methods,
    demo,
  };
}
