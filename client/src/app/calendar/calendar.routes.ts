import type { Routes } from '@angular/router';
import { requireNamespaces } from '../i18n/require-namespaces';

/** The calendar's pages of a sede: public ones and the staff's (mounted by home.routes). */
const ns = { i18n: requireNamespaces('calendar') };

export const CALENDAR_ROUTES: Routes = [
  { path: 'calendario', title: 'calendar:ui.calendar.title', resolve: ns, loadComponent: () => import('./calendar-page') },
  { path: 'plazos', title: 'calendar:ui.calculator.title', resolve: ns, loadComponent: () => import('./plazo-calculator') },
  { path: 'interrupciones', title: 'calendar:ui.interruptions.title', resolve: ns, loadComponent: () => import('./interruptions-page') },
  { path: 'gestion/calendario', title: 'calendar:ui.staff.calendarTitle', resolve: ns, loadComponent: () => import('./staff-calendar') },
  { path: 'gestion/interrupciones', title: 'calendar:ui.staff.interruptionsTitle', resolve: ns, loadComponent: () => import('./staff-interruptions') },
];
