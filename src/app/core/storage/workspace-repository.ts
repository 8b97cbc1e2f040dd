import { inject, Injectable } from '@angular/core';

import type { RestorePlan } from '../../domain/backup/restore-plan';
import { Workspace } from '../../domain/backup/workspace';
import { OperatorName } from '../operator-name';
import { ReviewerName } from '../reviewer-name';
import { HavenDatabase } from './haven-database';
import { StorageChanges } from './storage-changes';

const RECORD_STORES = ['assessments', 'suppliers', 'submissions'] as const;

/**
 * The whole workspace at once, for backups: every record store read in one transaction (a
 * consistent picture, even while another tab writes) and a restore written in one (all of it
 * lands, or nothing does).
 */
@Injectable({ providedIn: 'root' })
export class WorkspaceRepository {
  private readonly database = inject(HavenDatabase);
  private readonly changes = inject(StorageChanges);
  private readonly reviewerName = inject(ReviewerName);
  private readonly operatorName = inject(OperatorName);

  async read(): Promise<Workspace> {
    const tx = (await this.database.open()).transaction(RECORD_STORES, 'readonly');
    const [assessments, suppliers, submissions] = await Promise.all([
      tx.objectStore('assessments').getAll(),
      tx.objectStore('suppliers').getAll(),
      tx.objectStore('submissions').getAll(),
    ]);
    await tx.done;
    return {
      assessments,
      suppliers,
      submissions,
      settings: { reviewerName: this.reviewerName.get(), operatorName: this.operatorName.get() },
    };
  }

  /** Removes, then puts, what the plan says, in one transaction; then the names it carries. */
  async restore(plan: RestorePlan): Promise<void> {
    const tx = (await this.database.open()).transaction(RECORD_STORES, 'readwrite');
    const assessments = tx.objectStore('assessments');
    const suppliers = tx.objectStore('suppliers');
    const submissions = tx.objectStore('submissions');
    await Promise.all([
      ...plan.remove.assessments.map((id) => assessments.delete(id)),
      ...plan.remove.suppliers.map((id) => suppliers.delete(id)),
      ...plan.remove.submissions.map((id) => submissions.delete(id)),
      ...plan.put.assessments.map((record) => assessments.put(record)),
      ...plan.put.suppliers.map((record) => suppliers.put(record)),
      ...plan.put.submissions.map((record) => submissions.put(record)),
      tx.done,
    ]);
    this.reviewerName.set(plan.put.settings.reviewerName);
    this.operatorName.set(plan.put.settings.operatorName);
    for (const store of RECORD_STORES) this.changes.announce({ store });
  }
}
