import { provideHttpClient, withInterceptors, withRequestsMadeViaParent } from '@angular/common/http';
import type { Routes } from '@angular/router';
import { AdminApi } from './admin-api';
import { adminAuthInterceptor } from './admin-auth.interceptor';
import { AdminNotice } from './admin-notice';
import { AdminSession } from './admin-session';
import { OnboardingDraft } from './onboarding-draft';

/** Platform administration (portal host only): tenants list and onboarding. */
const routes: Routes = [
  {
    path: '',
    providers: [
      // Admin calls carry the bearer token; they then go through the app's own HttpClient chain.
      provideHttpClient(withInterceptors([adminAuthInterceptor]), withRequestsMadeViaParent()),
      AdminSession,
      AdminApi,
      AdminNotice,
      OnboardingDraft,
    ],
    loadComponent: () => import('./admin-area'),
    children: [
      { path: '', pathMatch: 'full', title: 'admin:list.title', loadComponent: () => import('./tenant-list') },
      { path: 'new', title: 'admin:onboarding.title', loadComponent: () => import('./tenant-onboarding') },
    ],
  },
];

export default routes;
