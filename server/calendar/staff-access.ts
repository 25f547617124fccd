import type { RequestHandler } from 'express';
import { requireSede } from '../http/route-guards.ts';
import { requireStaff } from '../identity/guards.ts';

/**
 * Who may edit the calendar, the service interruptions and the sede's information texts:
 * the ayuntamiento's own staff, logged in on its sede (session + CSRF token).
 * - calendar of días inhábiles and the information texts: 'admin';
 * - service interruptions and their 32.4 extensions: 'admin' or 'registro' (the registro
 *   is the service the interruption is about).
 */
export const calendarEditors: RequestHandler[] = [requireSede, requireStaff('admin')];
export const interruptionEditors: RequestHandler[] = [requireSede, requireStaff('admin', 'registro')];
export const sedeInfoEditors: RequestHandler[] = [requireSede, requireStaff('admin')];
