import { LOCALE_ID } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';

import { App } from './app/app';
import { appConfig } from './app/app.config';

/** Starts the app in a language whose translations main.ts has already loaded. */
export function bootstrap(locale: string): Promise<unknown> {
  return bootstrapApplication(App, {
    providers: [...appConfig.providers, { provide: LOCALE_ID, useValue: locale }],
  }).catch((error) => console.error(error));
}
