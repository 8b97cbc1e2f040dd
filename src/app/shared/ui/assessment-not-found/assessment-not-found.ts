import { Component } from '@angular/core';
import { RouterLink } from '@angular/router';

/** Shown at an assessment address this device has no assessment for. */
@Component({
  selector: 'app-assessment-not-found',
  imports: [RouterLink],
  template: `
    <h1 i18n="@@notFound.title">Assessment not found</h1>
    <p i18n="@@notFound.text">
      This device has no assessment at this address. It may have been deleted, or made on another
      device: import its file from the home page.
    </p>
    <a routerLink="/" i18n="@@notFound.home">Go to your assessments</a>
  `,
})
export class AssessmentNotFound {}
