import type { Routes } from '@angular/router';
import { SEDE_SECTIONS } from './sections';

/** An ayuntamiento's sede: its home page, and a polite stub for each section not built yet. */
const routes: Routes = [
  { path: '', pathMatch: 'full', title: 'home:title', loadComponent: () => import('./sede-home') },
  ...SEDE_SECTIONS.map((section) => ({
    path: section.path,
    title: `home:sections.${section.key}.title`,
    data: { section: section.key },
    loadComponent: () => import('./section-pending'),
  })),
];

export default routes;
