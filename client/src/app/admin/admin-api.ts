import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type { NewTenant, Tenant } from './tenant.types';

/** Tenant onboarding and lifecycle (platform admin API). Errors are problem+json (see api/problem.ts). */
@Injectable()
export class AdminApi {
  private readonly http = inject(HttpClient);

  create(tenant: NewTenant): Promise<Tenant> {
    return firstValueFrom(this.http.post<Tenant>('/api/admin/tenants', tenant));
  }

  suspend(slug: string): Promise<unknown> {
    return firstValueFrom(this.http.post(`/api/admin/tenants/${encodeURIComponent(slug)}/suspend`, {}));
  }

  resume(slug: string): Promise<unknown> {
    return firstValueFrom(this.http.post(`/api/admin/tenants/${encodeURIComponent(slug)}/resume`, {}));
  }

  /** Deleting needs the slug typed again by the admin, sent as `{ confirm }`. */
  remove(slug: string, confirm: string): Promise<unknown> {
    return firstValueFrom(this.http.delete(`/api/admin/tenants/${encodeURIComponent(slug)}`, { body: { confirm } }));
  }
}
