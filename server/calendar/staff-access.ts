import type { RequestHandler } from 'express';
import { requireSede } from '../http/route-guards.ts';
import { requirePlatformAdmin } from '../platform/admin-token.ts';

/**
 * Who may edit the calendar, the service interruptions and the sede's information texts.
 * INTERIM: staff login (server/identity/guards.ts, requireStaff) is not in main yet, so these
 * routes take the Diputación's platform admin token (Authorization: Bearer …). When it
 * lands, this is the one place to change: requireStaff('admin') for the calendar and the
 * texts, requireStaff('admin', 'registro') for the interruptions.
 */
export const calendarEditors: RequestHandler[] = [requireSede, requirePlatformAdmin];
export const interruptionEditors: RequestHandler[] = [requireSede, requirePlatformAdmin];
export const sedeInfoEditors: RequestHandler[] = [requireSede, requirePlatformAdmin];
