import type { Routes } from '@angular/router';

/** `/verificacion` on every sede and on the portal: the page reads `?csv=`. */
const routes: Routes = [
  { path: '', title: 'documents:verification.title', loadComponent: () => import('./verification-page') },
];

export default routes;
