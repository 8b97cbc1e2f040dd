import { Component, computed, inject } from '@angular/core';
import { Store } from '@ngrx/store';

import { assessmentsFeature } from '../../features/assessments/state/assessment.feature';
import { HavenDatabase } from '../storage/haven-database';

/**
 * Says, above every page, when this page can no longer save: another tab runs a newer Haven, an
 * older one holds up an upgrade, or the device's storage is full. Each says what to do instead of
 * leaving a spinner or a silent failure.
 */
@Component({
  selector: 'app-storage-alert',
  templateUrl: './storage-alert.html',
  styleUrl: './storage-alert.scss',
})
export class StorageAlert {
  private readonly interruption = inject(HavenDatabase).interruption;
  private readonly isStorageFull = inject(Store).selectSignal(
    assessmentsFeature.selectIsStorageFull,
  );
  protected readonly problem = computed(() => {
    const interruption = this.interruption();
    if (interruption) return interruption;
    return this.isStorageFull() ? 'storage-full' : null;
  });

  protected reload(): void {
    location.reload();
  }
}
