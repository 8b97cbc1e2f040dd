import { inject, Injectable } from '@angular/core';

import { ReceivedSubmission } from '../../domain/review/review';
import { HavenDatabase } from './haven-database';
import { StorageChanges } from './storage-changes';

/** Submissions received for review on this device, each with its review. */
@Injectable({ providedIn: 'root' })
export class SubmissionRepository {
  private readonly database = inject(HavenDatabase);
  private readonly changes = inject(StorageChanges);

  async all(): Promise<ReceivedSubmission[]> {
    return (await this.database.open()).getAll('submissions');
  }

  async put(received: ReceivedSubmission): Promise<void> {
    await (await this.database.open()).put('submissions', received);
    this.changes.announce({ store: 'submissions', id: received.id });
  }

  async delete(id: string): Promise<void> {
    await (await this.database.open()).delete('submissions', id);
    this.changes.announce({ store: 'submissions', id });
  }
}
