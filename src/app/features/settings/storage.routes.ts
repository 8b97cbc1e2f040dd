import { Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';

import * as backupEffects from './state/backup.effects';

export const STORAGE_ROUTES: Routes = [
  {
    path: '',
    providers: [provideEffects(backupEffects)],
    loadComponent: () => import('./storage-page/storage-page').then((m) => m.StoragePage),
  },
];
