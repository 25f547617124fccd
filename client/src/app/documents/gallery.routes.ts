import type { Routes } from '@angular/router';

/** `/documentos/muestras` on a sede: the staff gallery of document samples. */
const routes: Routes = [
  { path: '', title: 'documents:gallery.title', loadComponent: () => import('./gallery-page') },
];

export default routes;
