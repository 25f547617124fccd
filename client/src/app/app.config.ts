import { provideHttpClient, withFetch, withInterceptors, withXsrfConfiguration } from '@angular/common/http';
import {
  inject,
  provideAppInitializer,
  provideBrowserGlobalErrorListeners,
  type ApplicationConfig,
} from '@angular/core';
import { TitleStrategy, provideRouter, withComponentInputBinding, withInMemoryScrolling } from '@angular/router';
import { acceptLanguageInterceptor } from './api/accept-language.interceptor';
import { SedeService } from './api/sede.service';
import { isLanguage, LANGUAGES } from './api/sede.types';
import { routes } from './app.routes';
import { I18nService } from './i18n/i18n.service';
import { I18nTitleStrategy } from './shell/title.strategy';
import { ThemeService } from './shell/theme.service';

/** Before the first route: which site this host is, its colours, and its first language. */
async function startSede(): Promise<void> {
  const sede = inject(SedeService);
  const i18n = inject(I18nService);
  const theme = inject(ThemeService);
  await sede.load();
  const info = sede.info();
  const offered = info?.languages.filter(isLanguage) ?? [...LANGUAGES];
  const fallback = info && isLanguage(info.defaultLanguage) ? info.defaultLanguage : 'es';
  theme.apply(info?.branding);
  try {
    await i18n.start(offered.length ? offered : ['es'], i18n.pickInitial(offered, fallback));
  } catch (error) {
    console.error('Could not load the locale files', error);
    sede.state.set('unavailable');
  }
}

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    // State-changing API calls carry the session's CSRF token (cookie sede_csrf → X-CSRF-Token).
    provideHttpClient(withFetch(), withInterceptors([acceptLanguageInterceptor]), withXsrfConfiguration({ cookieName: 'sede_csrf', headerName: 'X-CSRF-Token' })),
    provideRouter(
      routes,
      withComponentInputBinding(),
      withInMemoryScrolling({ scrollPositionRestoration: 'top' }),
    ),
    { provide: TitleStrategy, useExisting: I18nTitleStrategy },
    provideAppInitializer(startSede),
  ],
};
