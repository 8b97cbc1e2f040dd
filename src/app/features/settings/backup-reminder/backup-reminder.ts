import { DatePipe } from '@angular/common';
import { Component, inject } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';

import { snoozeUntil } from '../../../domain/backup/backup-reminder';
import { BackupReminderActions } from '../state/backup.actions';
import { selectBackupReminder } from '../state/backup.selectors';

/** On the home page: a word when there is work on this device and no recent backup of it. */
@Component({
  selector: 'app-backup-reminder',
  templateUrl: './backup-reminder.html',
  styleUrl: './backup-reminder.scss',
  imports: [DatePipe, MatButton, RouterLink],
})
export class BackupReminder {
  private readonly store = inject(Store);
  protected readonly reminder = this.store.selectSignal(selectBackupReminder);

  protected notNow(): void {
    this.store.dispatch(
      BackupReminderActions.snoozed({ until: snoozeUntil(new Date().toISOString()) }),
    );
  }
}
