import { Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TPipe } from '../i18n/t.pipe';

/** /ayuda/certificado — how to get a certificate or use the DNIe, as ayuntamientos publish it. */
@Component({
  selector: 'sede-certificate-help',
  imports: [RouterLink, TPipe],
  styleUrl: './identity.css',
  template: `
    <div class="container page narrow">
      <p class="back"><a routerLink="/acceso">{{ 'identity:help.back' | t }}</a></p>
      <h1>{{ 'identity:help.title' | t }}</h1>
      <p class="intro">{{ 'identity:help.intro' | t }}</p>

      <h2>{{ 'identity:help.fnmt.title' | t }}</h2>
      <ol class="steps">
        <li>{{ 'identity:help.fnmt.step1' | t }}</li>
        <li>{{ 'identity:help.fnmt.step2' | t }}</li>
        <li>{{ 'identity:help.fnmt.step3' | t }}</li>
        <li>{{ 'identity:help.fnmt.step4' | t }}</li>
      </ol>
      <p>{{ 'identity:help.fnmt.other' | t }}</p>
      <p><a href="https://www.sede.fnmt.gob.es/certificados/persona-fisica" rel="noopener">{{ 'identity:help.fnmt.link' | t }}</a></p>

      <h2>{{ 'identity:help.dnie.title' | t }}</h2>
      <p>{{ 'identity:help.dnie.text' | t }}</p>
      <p><a href="https://www.dnielectronico.es" rel="noopener">{{ 'identity:help.dnie.link' | t }}</a></p>

      <h2>{{ 'identity:help.clave.title' | t }}</h2>
      <p>{{ 'identity:help.clave.text' | t }}</p>
      <p><a href="https://clave.gob.es" rel="noopener">{{ 'identity:help.clave.link' | t }}</a></p>

      <h2>{{ 'identity:help.others.title' | t }}</h2>
      <p>{{ 'identity:help.others.text' | t }}</p>

      <h2>{{ 'identity:help.trouble.title' | t }}</h2>
      <ul class="steps">
        <li>{{ 'identity:help.trouble.installed' | t }}</li>
        <li>{{ 'identity:help.trouble.restart' | t }}</li>
        <li>{{ 'identity:help.trouble.expired' | t }}</li>
        <li>{{ 'identity:help.trouble.signature' | t }}</li>
      </ul>
    </div>
  `,
})
export default class CertificateHelp {}
