import { inject, Injectable } from '@angular/core';

import { Assessment } from '../../domain/assessment/assessment';
import { fieldChanges, rebaseAssessment } from '../../domain/assessment/field-merge';
import { HavenDatabase } from './haven-database';
import { StorageChanges } from './storage-changes';
import { ChangedElsewhere, SyncedCopies } from './synced-copies';

const STASH_KEY = 'haven.unsaved-assessment';

/**
 * The assessments stored on this device.
 *
 * Each tab writes only what it changed: `put` lays this tab's edits since it last read or wrote an
 * assessment over the stored record, in one transaction, so two tabs editing one assessment never
 * write a whole stale copy over the other's edits.
 *
 * IndexedDB writes are asynchronous, and a browser may abort them when the page unloads (a reload,
 * a closed tab). `stash` keeps a synchronous copy in localStorage for that moment; the next start
 * puts it into IndexedDB if it is newer than what was stored.
 */
@Injectable({ providedIn: 'root' })
export class AssessmentRepository {
  private readonly database = inject(HavenDatabase);
  private readonly changes = inject(StorageChanges);
  private readonly synced = new SyncedCopies<Assessment>();
  /** The version this page last stashed, to drop once that version is written. */
  private stashed?: { readonly id: string; readonly updatedAt: string; readonly text: string };

  /**
   * Every stored assessment, with the copy stashed as the page last went if it is newer. The stash
   * is removed only once that copy is in IndexedDB: if the write fails (storage full), the copy is
   * still shown and kept for the next start, and the other assessments are still listed.
   */
  async all(): Promise<Assessment[]> {
    const db = await this.database.open();
    const stored = await db.getAll('assessments');
    this.synced.remember(...stored);
    const stashed = readStash();
    if (!stashed) return stored;
    const current = stored.find((a) => a.id === stashed.id);
    if (current && current.updatedAt > stashed.updatedAt) {
      dropStash();
      return stored;
    }
    try {
      await db.put('assessments', stashed);
      this.synced.remember(stashed);
      dropStash();
    } catch {
      // Kept in localStorage for the next start; the save effect reports failed writes.
    }
    return [...stored.filter((a) => a.id !== stashed.id), stashed];
  }

  /**
   * Writes this tab's edits to an assessment, laid field by field over what is stored, and resolves
   * once the transaction has completed with what is stored now: `local` itself, or a merge that
   * also holds another tab's edits. The stashed copy of that very version is then dropped.
   */
  async put(local: Assessment): Promise<Assessment> {
    const db = await this.database.open();
    const tx = db.transaction('assessments', 'readwrite');
    const stored = await tx.store.get(local.id);
    const base = this.synced.base(local.id);
    const merged = stored && base ? rebaseAssessment(base, local, stored) : local;
    await Promise.all([tx.store.put(merged), tx.done]);
    this.synced.remember(merged);
    this.changes.announce({ store: 'assessments', id: local.id });
    // Compared as the text this page stashed, not parsed: put() runs on every pause in typing.
    const stashed = this.stashed;
    if (stashed?.id === local.id && stashed.updatedAt === local.updatedAt) {
      this.stashed = undefined;
      if (localStorageText() === stashed.text) dropStash();
    }
    return merged === local || fieldChanges(local, merged).length === 0 ? local : merged;
  }

  /** Writes several new assessments in one transaction: all land, or none. */
  async putMany(assessments: readonly Assessment[]): Promise<void> {
    const tx = (await this.database.open()).transaction('assessments', 'readwrite');
    await Promise.all([...assessments.map((a) => tx.store.put(a)), tx.done]);
    this.synced.remember(...assessments);
    this.changes.announce({ store: 'assessments' });
  }

  async delete(id: string): Promise<void> {
    await (await this.database.open()).delete('assessments', id);
    this.synced.forget(id);
    this.changes.announce({ store: 'assessments', id });
  }

  /** Reads an assessment another tab wrote, and takes it as this tab's new base. */
  async changedElsewhere(id: string): Promise<ChangedElsewhere<Assessment>> {
    const stored = await (await this.database.open()).get('assessments', id);
    return this.synced.takeFromElsewhere(id, stored);
  }

  stash(assessment: Assessment): void {
    const text = JSON.stringify(assessment);
    this.stashed = { id: assessment.id, updatedAt: assessment.updatedAt, text };
    try {
      localStorage.setItem(STASH_KEY, text);
    } catch {
      // Storage full or blocked: the IndexedDB write started beside it is all we can do.
    }
  }
}

function localStorageText(): string | null {
  try {
    return localStorage.getItem(STASH_KEY);
  } catch {
    return null;
  }
}

function readStash(): Assessment | undefined {
  const text = localStorageText();
  if (!text) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    if (isAssessmentShaped(value)) return value;
  } catch {
    // Not JSON: not ours to keep.
  }
  dropStash();
  return undefined;
}

function dropStash(): void {
  try {
    localStorage.removeItem(STASH_KEY);
  } catch {
    // Storage blocked: there was nothing to read either.
  }
}

/** Our own copy, but storage can be edited by hand: check the shape before trusting it. */
function isAssessmentShaped(value: unknown): value is Assessment {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v['id'] === 'string' &&
    typeof v['setId'] === 'string' &&
    typeof v['setVersion'] === 'string' &&
    typeof v['updatedAt'] === 'string' &&
    typeof v['answers'] === 'object' &&
    typeof v['plan'] === 'object' &&
    typeof v['step'] === 'number'
  );
}
