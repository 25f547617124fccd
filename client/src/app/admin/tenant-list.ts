import { httpResource } from '@angular/common/http';
import { DOCUMENT } from '@angular/common';
import { Component, Injector, afterNextRender, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { problemMessage, problemOf } from '../api/problem';
import type { Community, ItemList } from '../api/sede.types';
import { I18nService } from '../i18n/i18n.service';
import { LANGUAGE_NAMES } from '../i18n/language-names';
import { TPipe } from '../i18n/t.pipe';
import { AdminApi } from './admin-api';
import { AdminNotice } from './admin-notice';
import { AdminSession } from './admin-session';
import { TenantDeleteDialog } from './tenant-delete-dialog';
import type { Tenant } from './tenant.types';

interface Notice {
  kind: 'success' | 'error';
  text: string;
}

/** The ayuntamientos on the platform, with suspend / resume / delete. */
@Component({
  selector: 'sede-tenant-list',
  imports: [RouterLink, TPipe, TenantDeleteDialog],
  templateUrl: './tenant-list.html',
  styleUrl: './tenant-list.css',
})
export default class TenantList {
  private readonly api = inject(AdminApi);
  private readonly i18n = inject(I18nService);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);
  protected readonly session = inject(AdminSession);
  protected readonly languageNames = LANGUAGE_NAMES;

  protected readonly tenants = httpResource<ItemList<Tenant>>(() => '/api/admin/tenants');
  protected readonly communities = httpResource<ItemList<Community>>(() => '/api/communities');

  /** A message brought from the previous page (e.g. "created"): focused on arrival. */
  protected readonly arrival = signal(inject(AdminNotice).take());
  protected readonly notice = signal<Notice | null>(null);
  protected readonly busy = signal<string | null>(null);
  protected readonly deleting = signal<Tenant | null>(null);

  protected readonly rows = computed(() => {
    const lng = this.i18n.language() ?? 'es';
    const items = this.tenants.hasValue() ? (this.tenants.value()?.items ?? []) : [];
    return [...items].sort((a, b) => a.name.localeCompare(b.name, lng));
  });
  protected readonly loadError = computed(() => {
    const error = this.tenants.error();
    return error ? (problemMessage(problemOf(error)) ?? this.i18n.t('admin:list.loadError')) : null;
  });
  private readonly communityNames = computed(() => {
    const items = this.communities.hasValue() ? (this.communities.value()?.items ?? []) : [];
    return new Map(items.map((c) => [c.code, c.name]));
  });

  protected communityName(code: string): string {
    return this.communityNames().get(code) ?? code;
  }

  protected date(iso: string): string {
    return this.i18n.formatDate(iso);
  }

  protected async setStatus(tenant: Tenant, action: 'suspend' | 'resume'): Promise<void> {
    this.busy.set(tenant.slug);
    this.arrival.set(null);
    try {
      await (action === 'suspend' ? this.api.suspend(tenant.slug) : this.api.resume(tenant.slug));
      const key = action === 'suspend' ? 'admin:list.suspended' : 'admin:list.resumed';
      this.notice.set({ kind: 'success', text: this.i18n.t(key, { name: tenant.name }) });
      this.tenants.reload();
    } catch (error) {
      this.notice.set({ kind: 'error', text: this.failure(error) });
    } finally {
      this.busy.set(null);
    }
  }

  protected askDelete(tenant: Tenant): void {
    this.arrival.set(null);
    this.deleting.set(tenant);
  }

  protected deleted(tenant: Tenant): void {
    this.deleting.set(null);
    this.notice.set({ kind: 'success', text: this.i18n.t('admin:delete.done', { name: tenant.name }) });
    this.tenants.reload();
    // The dialog and the row are gone: put the focus on the confirmation instead of the page's body.
    afterNextRender(() => this.document.querySelector<HTMLElement>('#admin-notice')?.focus(), { injector: this.injector });
  }

  private failure(error: unknown): string {
    return problemMessage(problemOf(error)) ?? this.i18n.t('admin:common.unexpectedError');
  }
}
