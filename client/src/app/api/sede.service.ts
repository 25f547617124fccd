import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type { SedeInfo } from './sede.types';

export type SedeLoadState = 'loading' | 'ready' | 'unknown-host' | 'unavailable';

/**
 * Which site this host is: the Diputación's portal or one ayuntamiento's sede.
 * Loaded once, before the first route, from GET /api/sede.
 */
@Injectable({ providedIn: 'root' })
export class SedeService {
  private readonly http = inject(HttpClient);
  private readonly infoState = signal<SedeInfo | null>(null);

  readonly state = signal<SedeLoadState>('loading');
  readonly info = this.infoState.asReadonly();
  readonly isPortal = computed(() => this.infoState()?.kind === 'portal');
  readonly isSede = computed(() => this.infoState()?.kind === 'sede');

  async load(): Promise<void> {
    try {
      const info = await firstValueFrom(this.http.get<SedeInfo>('/api/sede'));
      if (!info || !Array.isArray(info.languages) || info.languages.length === 0) throw new Error('Malformed /api/sede');
      this.infoState.set(info);
      this.state.set('ready');
    } catch (error) {
      this.state.set(error instanceof HttpErrorResponse && error.status === 404 ? 'unknown-host' : 'unavailable');
    }
  }
}
