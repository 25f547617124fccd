import type { Routes } from '@angular/router';
import { CALENDAR_ROUTES } from '../calendar/calendar.routes';
import { requireNamespaces } from '../i18n/require-namespaces';
import { IDENTITY_ROUTES } from '../identity/identity.routes';
import { SEDE_INFO_ROUTES } from '../sede-info/sede-info.routes';
import { SEDE_SECTIONS } from './sections';

/** An ayuntamiento's sede: its home page, and a polite stub for each section not built yet. */
const routes: Routes = [
  { path: '', pathMatch: 'full', title: 'home:title', loadComponent: () => import('./sede-home') },
  // Calendar, plazo calculator, interruptions and the sede's information page (before the stubs).
  ...CALENDAR_ROUTES,
  ...SEDE_INFO_ROUTES,
  ...IDENTITY_ROUTES,
  {
    path: 'verificacion',
    resolve: { i18n: requireNamespaces('documents') },
    loadChildren: () => import('../documents/verification.routes'),
  },
  {
    path: 'documentos/muestras',
    resolve: { i18n: requireNamespaces('documents') },
    loadChildren: () => import('../documents/gallery.routes'),
  },
  ...SEDE_SECTIONS.filter((section) => section.key !== 'verification' && section.key !== 'calendar').map((section) => ({
    path: section.path,
    title: `home:sections.${section.key}.title`,
    data: { section: section.key },
    loadComponent: () => import('./section-pending'),
  })),
];

export default routes;
