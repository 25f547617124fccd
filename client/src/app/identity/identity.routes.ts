import type { Routes } from '@angular/router';
import { requireNamespaces } from '../i18n/require-namespaces';

/** Login, my account, certificate help, staff login and the demo mailbox (mounted by home.routes). */
const ns = { i18n: requireNamespaces('identity', 'errors') };

export const IDENTITY_ROUTES: Routes = [
  { path: 'acceso', title: 'identity:login.title', resolve: ns, loadComponent: () => import('./login-page') },
  { path: 'mi-cuenta', title: 'identity:account.title', resolve: ns, loadComponent: () => import('./account-page') },
  { path: 'ayuda/certificado', title: 'identity:help.title', resolve: ns, loadComponent: () => import('./certificate-help') },
  { path: 'personal', title: 'identity:staff.title', resolve: ns, loadComponent: () => import('./staff-login') },
  { path: 'buzon-demo', title: 'identity:mailbox.title', resolve: ns, loadComponent: () => import('./demo-mailbox') },
];
