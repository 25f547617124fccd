import { DOCUMENT } from '@angular/common';
import { HttpClient, HttpHeaders } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type { Language } from '../api/sede.types';
import type { CalendarYear, FestivoChange, InterruptionView, OfficialTime, PlazoResult, PlazoUnit, StaffYear } from './calendar.types';

/**
 * The calendar API. State-changing calls send the CSRF token the API hands out in the
 * `sede_csrf` cookie (anonymous double submit, or the session's token once logged in).
 */
@Injectable({ providedIn: 'root' })
export class CalendarApi {
  private readonly http = inject(HttpClient);
  private readonly document = inject(DOCUMENT);

  year(year: number): Promise<CalendarYear> {
    return firstValueFrom(this.http.get<CalendarYear>(`/api/calendar/${year}`));
  }

  time(): Promise<OfficialTime> {
    return firstValueFrom(this.http.get<OfficialTime>('/api/time'));
  }

  plazo(body: { notified: string; amount: number; unit: PlazoUnit }): Promise<PlazoResult> {
    return firstValueFrom(this.http.post<PlazoResult>('/api/plazos', body, { headers: this.csrf() }));
  }

  interruptions(): Promise<{ items: InterruptionView[] }> {
    return firstValueFrom(this.http.get<{ items: InterruptionView[] }>('/api/interruptions'));
  }

  staffYear(year: number): Promise<StaffYear> {
    return firstValueFrom(this.http.get<StaffYear>(`/api/staff/calendar/${year}`));
  }

  edit(changes: FestivoChange[]): Promise<{ applied: number }> {
    return firstValueFrom(this.http.post<{ applied: number }>('/api/staff/calendar/edits', { changes }, { headers: this.csrf() }));
  }

  seed(year: number): Promise<unknown> {
    return firstValueFrom(this.http.post(`/api/staff/calendar/${year}/seed`, {}, { headers: this.csrf() }));
  }

  recordInterruption(body: { kind: 'planned' | 'unplanned'; startsAt: string; endsAt?: string | null; descriptions: Partial<Record<Language, string>> }): Promise<unknown> {
    return firstValueFrom(this.http.post('/api/staff/interruptions', body, { headers: this.csrf() }));
  }

  endInterruption(id: number, endsAt: string): Promise<unknown> {
    return firstValueFrom(this.http.patch(`/api/staff/interruptions/${id}`, { endsAt }, { headers: this.csrf() }));
  }

  extend(id: number, body: { amount: number; unit: 'habiles' | 'naturales'; affectedTo?: string; reasons: Partial<Record<Language, string>> }): Promise<unknown> {
    return firstValueFrom(this.http.post(`/api/staff/interruptions/${id}/extension`, body, { headers: this.csrf() }));
  }

  csrf(): HttpHeaders {
    const match = this.document.cookie.match(/(?:^|;\s*)sede_csrf=([^;]*)/);
    return new HttpHeaders(match ? { 'X-CSRF-Token': decodeURIComponent(match[1]) } : {});
  }
}
