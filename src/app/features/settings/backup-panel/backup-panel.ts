import { DatePipe } from '@angular/common';
import { Component, computed, inject, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIcon } from '@angular/material/icon';
import { MatRadioModule } from '@angular/material/radio';
import { Store } from '@ngrx/store';

import type { RestoreMode } from '../../../domain/backup/restore-plan';
import { LoadingIndicator } from '../../../shared/ui/loading-indicator/loading-indicator';
import { BackupPageActions } from '../state/backup.actions';
import { backupFeature } from '../state/backup.feature';
import { backupProblemMessage, unreadableBackupMessage } from '../state/backup-problem-message';

/**
 * Back up everything on this device to one file, and restore it here or on another device: the
 * duplicates show before anything is written, and the user chooses to merge or replace.
 */
@Component({
  selector: 'app-backup-panel',
  templateUrl: './backup-panel.html',
  styleUrl: './backup-panel.scss',
  imports: [DatePipe, MatButton, MatCardModule, MatIcon, MatRadioModule, LoadingIndicator],
})
export class BackupPanel {
  private readonly store = inject(Store);
  protected readonly lastBackupAt = this.store.selectSignal(backupFeature.selectLastBackupAt);
  protected readonly work = this.store.selectSignal(backupFeature.selectWork);
  protected readonly preview = this.store.selectSignal(backupFeature.selectPreview);
  protected readonly outcome = this.store.selectSignal(backupFeature.selectOutcome);
  protected readonly mode = signal<RestoreMode>('merge');
  protected readonly plan = computed(() => this.preview()?.plans[this.mode()]);
  /** The duplicates of the chosen way, the ones that change something first. */
  protected readonly duplicates = computed(() =>
    [...(this.plan()?.duplicates ?? [])].sort(
      (a, b) => Number(a.keep === 'same') - Number(b.keep === 'same'),
    ),
  );
  protected readonly sameCount = computed(
    () => this.duplicates().filter((d) => d.keep === 'same').length,
  );
  protected readonly removedCount = computed(() => {
    const remove = this.plan()?.remove;
    return remove
      ? remove.assessments.length + remove.suppliers.length + remove.submissions.length
      : 0;
  });
  protected readonly backedUpFile = computed(() => {
    const outcome = this.outcome();
    return outcome?.kind === 'backed-up' ? outcome.fileName : '';
  });
  /** How many records of each kind the restore wrote. */
  protected readonly restored = computed(() => {
    const outcome = this.outcome();
    if (outcome?.kind !== 'restored') return null;
    const { assessments, suppliers, submissions } = outcome.plan.put;
    return {
      assessments: assessments.length,
      suppliers: suppliers.length,
      submissions: submissions.length,
    };
  });
  protected readonly failure = computed(() => {
    const outcome = this.outcome();
    return outcome?.kind === 'failed' ? outcome.message : '';
  });
  protected readonly problemText = computed(() => {
    const outcome = this.outcome();
    if (outcome?.kind === 'refused') return backupProblemMessage(outcome.fileName, outcome.problem);
    return outcome?.kind === 'unreadable' ? unreadableBackupMessage(outcome.problem) : '';
  });

  protected backUp(): void {
    this.store.dispatch(BackupPageActions.backupRequested());
  }

  protected chooseFile(input: HTMLInputElement): void {
    const file = input.files?.[0];
    // The same file can be chosen again after a refusal.
    input.value = '';
    if (file) {
      this.mode.set('merge');
      this.store.dispatch(BackupPageActions.restoreFileChosen({ file }));
    }
  }

  protected restore(): void {
    const preview = this.preview();
    // With nothing on the device the two ways are the same: replace makes it exactly the backup.
    this.store.dispatch(
      BackupPageActions.restoreConfirmed({
        mode: preview?.deviceIsEmpty ? 'replace' : this.mode(),
      }),
    );
  }

  protected cancel(): void {
    this.store.dispatch(BackupPageActions.restoreCancelled());
  }

  protected added(counts: { assessments: number; suppliers: number; submissions: number }): number {
    return counts.assessments + counts.suppliers + counts.submissions;
  }
}
