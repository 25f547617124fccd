import { Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TPipe } from '../i18n/t.pipe';

@Component({
  selector: 'sede-not-found',
  imports: [RouterLink, TPipe],
  template: `
    <div class="container page">
      <h1>{{ 'shell:notFound.title' | t }}</h1>
      <p>{{ 'shell:notFound.text' | t }}</p>
      <p><a routerLink="/">{{ 'shell:notFound.back' | t }}</a></p>
    </div>
  `,
})
export default class NotFound {}
