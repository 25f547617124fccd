import type { Routes } from '@angular/router';
import { requireNamespaces } from '../i18n/require-namespaces';

/** The Diputación's portal (bare host): the list of sedes and the platform administration. */
const routes: Routes = [
  { path: '', pathMatch: 'full', title: 'portal:title', loadComponent: () => import('./portal-home') },
  {
    path: 'admin',
    resolve: { i18n: requireNamespaces('admin') },
    loadChildren: () => import('../admin/admin.routes'),
  },
];

export default routes;
