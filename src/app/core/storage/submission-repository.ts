import { inject, Injectable } from '@angular/core';

import { isSameContent } from '../../domain/assessment/canonical-json';
import { ReceivedSubmission } from '../../domain/review/review';
import { rebaseReview } from '../../domain/review/review-merge';
import { HavenDatabase } from './haven-database';
import { StorageChanges } from './storage-changes';
import { ChangedElsewhere, SyncedCopies } from './synced-copies';

/**
 * Submissions received for review on this device, each with its review. A review is written as
 * the changes this tab made to it, laid over what is stored, so a reviewer's remarks made in two
 * tabs are both kept.
 */
@Injectable({ providedIn: 'root' })
export class SubmissionRepository {
  private readonly database = inject(HavenDatabase);
  private readonly changes = inject(StorageChanges);
  private readonly synced = new SyncedCopies<ReceivedSubmission>();

  async all(): Promise<ReceivedSubmission[]> {
    const all = await (await this.database.open()).getAll('submissions');
    this.synced.remember(...all);
    return all;
  }

  /** Resolves, once written, with what is stored now: `received`, or a merge with another tab's. */
  async put(received: ReceivedSubmission): Promise<ReceivedSubmission> {
    const tx = (await this.database.open()).transaction('submissions', 'readwrite');
    const stored = await tx.store.get(received.id);
    const base = this.synced.base(received.id);
    const merged =
      stored && base
        ? { ...received, review: rebaseReview(base.review, received.review, stored.review) }
        : received;
    await Promise.all([tx.store.put(merged), tx.done]);
    this.synced.remember(merged);
    this.changes.announce({ store: 'submissions', id: received.id });
    return isSameContent(merged.review, received.review) ? received : merged;
  }

  async delete(id: string): Promise<void> {
    await (await this.database.open()).delete('submissions', id);
    this.synced.forget(id);
    this.changes.announce({ store: 'submissions', id });
  }

  /** Reads a submission another tab wrote, and takes it as this tab's new base. */
  async changedElsewhere(id: string): Promise<ChangedElsewhere<ReceivedSubmission>> {
    const stored = await (await this.database.open()).get('submissions', id);
    return this.synced.takeFromElsewhere(id, stored);
  }
}
