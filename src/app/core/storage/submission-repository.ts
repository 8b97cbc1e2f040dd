import { inject, Injectable } from '@angular/core';

import { ReceivedSubmission } from '../../domain/review/review';
import { rebaseReview } from '../../domain/review/review-merge';
import { HavenDatabase } from './haven-database';
import { StorageChanges } from './storage-changes';

/** A submission another tab wrote, and the copy this tab's unsaved review edits started from. */
export interface SubmissionChangedElsewhere {
  readonly id: string;
  /** Undefined when the other tab deleted it. */
  readonly stored: ReceivedSubmission | undefined;
  readonly base: ReceivedSubmission | undefined;
}

/**
 * Submissions received for review on this device, each with its review. A review is written as
 * the changes this tab made to it, laid over what is stored, so a reviewer's remarks made in two
 * tabs are both kept.
 */
@Injectable({ providedIn: 'root' })
export class SubmissionRepository {
  private readonly database = inject(HavenDatabase);
  private readonly changes = inject(StorageChanges);
  /** By id, the copy this tab last read from or wrote to the database. */
  private readonly synced = new Map<string, ReceivedSubmission>();

  async all(): Promise<ReceivedSubmission[]> {
    const all = await (await this.database.open()).getAll('submissions');
    for (const received of all) this.synced.set(received.id, received);
    return all;
  }

  /** Resolves, once written, with what is stored now: `received`, or a merge with another tab's. */
  async put(received: ReceivedSubmission): Promise<ReceivedSubmission> {
    const tx = (await this.database.open()).transaction('submissions', 'readwrite');
    const stored = await tx.store.get(received.id);
    const base = this.synced.get(received.id);
    const merged =
      stored && base
        ? { ...received, review: rebaseReview(base.review, received.review, stored.review) }
        : received;
    await Promise.all([tx.store.put(merged), tx.done]);
    this.synced.set(received.id, merged);
    this.changes.announce({ store: 'submissions', id: received.id });
    return JSON.stringify(merged.review) === JSON.stringify(received.review) ? received : merged;
  }

  async delete(id: string): Promise<void> {
    await (await this.database.open()).delete('submissions', id);
    this.synced.delete(id);
    this.changes.announce({ store: 'submissions', id });
  }

  /** Reads a submission another tab wrote, and takes it as this tab's new base. */
  async changedElsewhere(id: string): Promise<SubmissionChangedElsewhere> {
    const stored = await (await this.database.open()).get('submissions', id);
    const base = this.synced.get(id);
    if (stored) this.synced.set(id, stored);
    else this.synced.delete(id);
    return { id, stored, base };
  }
}
