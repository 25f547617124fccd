import type { Language } from '../api/sede.types';

/** GET /api/sede-info. */
export interface SedeInfoSectionView {
  key: string;
  title: string;
  text: string;
  custom: boolean;
  link: string | null;
  data: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- each section has its own data shape
  texts: Partial<Record<Language, string>>;
}

export interface SedeInfoPageView {
  title: string;
  intro: string;
  languages: Language[];
  sections: SedeInfoSectionView[];
}
