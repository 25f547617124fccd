import { Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { SedeService } from '../api/sede.service';
import { StaffGalleryLink } from '../documents/staff-gallery-link';
import { StaffManagementLinks } from '../calendar/staff-management-links';
import { localName } from '../api/sede.types';
import { I18nService } from '../i18n/i18n.service';
import { TPipe } from '../i18n/t.pipe';
import { SEDE_SECTIONS } from './sections';

@Component({
  selector: 'sede-home',
  imports: [RouterLink, TPipe, StaffGalleryLink, StaffManagementLinks],
  templateUrl: './sede-home.html',
  styleUrl: './sede-home.css',
})
export default class SedeHome {
  private readonly sede = inject(SedeService);
  private readonly i18n = inject(I18nService);

  protected readonly sections = SEDE_SECTIONS;
  protected readonly name = computed(() => {
    const info = this.sede.info();
    return info ? localName(info, this.i18n.language()) : '';
  });
}
