import type { Routes } from '@angular/router';
import { requireNamespaces } from '../i18n/require-namespaces';

/** The sede's information page and its staff editor (mounted by home.routes). */
export const SEDE_INFO_ROUTES: Routes = [
  { path: 'informacion', title: 'sedeInfo:title', resolve: { i18n: requireNamespaces('sedeInfo') }, loadComponent: () => import('./sede-info-page') },
  { path: 'gestion/informacion', title: 'calendar:ui.staff.infoTitle', resolve: { i18n: requireNamespaces('sedeInfo', 'calendar') }, loadComponent: () => import('./staff-sede-info') },
];
