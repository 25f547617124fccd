import type { Routes } from '@angular/router';
import { requireNamespaces } from '../i18n/require-namespaces';

/** The Diputación's portal (bare host): the list of sedes, CSV verification for every sede, and the platform administration. */
const routes: Routes = [
  { path: '', pathMatch: 'full', title: 'portal:title', loadComponent: () => import('./portal-home') },
  {
    path: 'verificacion',
    resolve: { i18n: requireNamespaces('documents') },
    loadChildren: () => import('../documents/verification.routes'),
  },
  {
    path: 'admin',
    resolve: { i18n: requireNamespaces('admin') },
    loadChildren: () => import('../admin/admin.routes'),
  },
];

export default routes;
