import { inject } from '@angular/core';
import type { Routes } from '@angular/router';
import { SedeService } from './api/sede.service';
import { requireNamespaces } from './i18n/require-namespaces';

/**
 * One app, two sites: the Diputación's portal on the bare host and an ayuntamiento's sede on
 * `<slug>.<base domain>`. Which routes exist depends on GET /api/sede (loaded before routing).
 */
export const routes: Routes = [
  {
    path: '',
    canMatch: [() => inject(SedeService).isPortal()],
    resolve: { i18n: requireNamespaces('portal') },
    loadChildren: () => import('./portal/portal.routes'),
  },
  {
    path: '',
    canMatch: [() => inject(SedeService).isSede()],
    resolve: { i18n: requireNamespaces('home') },
    loadChildren: () => import('./home/home.routes'),
  },
  {
    path: '**',
    title: 'shell:notFound.title',
    loadComponent: () => import('./shell/not-found'),
  },
];
