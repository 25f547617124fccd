/**
 * The sections of an ayuntamiento's sede. Later work replaces each stub route with the real
 * domain (catalogue, registry, carpeta, noticeboard, documents, calendar); the paths stay.
 */
export interface SedeSection {
  /** Key under `home:sections.*` and `shell:nav.*`. */
  key: 'catalogue' | 'registry' | 'carpeta' | 'noticeboard' | 'verification' | 'calendar';
  path: string;
  /** Shown in the main navigation as well as on the home page. */
  inNav: boolean;
}

export const SEDE_SECTIONS: readonly SedeSection[] = [
  { key: 'catalogue', path: 'tramites', inNav: true },
  { key: 'registry', path: 'registro', inNav: true },
  { key: 'carpeta', path: 'carpeta', inNav: true },
  { key: 'noticeboard', path: 'tablon', inNav: true },
  { key: 'verification', path: 'verificacion', inNav: false },
  { key: 'calendar', path: 'calendario', inNav: false },
];
