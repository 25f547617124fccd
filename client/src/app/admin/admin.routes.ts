import { provideHttpClient, withInterceptors, withNoXsrfProtection, withRequestsMadeViaParent } from '@angular/common/http';
import type { Routes } from '@angular/router';
import { requireNamespaces } from '../i18n/require-namespaces';
import { AdminApi } from './admin-api';
import { adminAuthInterceptor } from './admin-auth.interceptor';
import { AdminNotice } from './admin-notice';
import { AdminSession } from './admin-session';
import { OnboardingDraft } from './onboarding-draft';

/** Platform administration (portal host only): tenants list and onboarding. */
const routes: Routes = [
  {
    path: '',
    resolve: { i18n: requireNamespaces('identity', 'errors') },
    providers: [
      // Admin calls go through the app's own HttpClient chain (which adds the CSRF header).
      provideHttpClient(withInterceptors([adminAuthInterceptor]), withRequestsMadeViaParent(), withNoXsrfProtection()),
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
