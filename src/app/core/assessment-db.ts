import { Injectable } from '@angular/core';
import { DBSchema, IDBPDatabase, openDB } from 'idb';

import { Assessment } from '../domain/assessment/assessment';
import { ReceivedSubmission } from '../domain/review/review';
import { Supplier } from '../domain/suppliers/supplier';

interface HavenDb extends DBSchema {
  assessments: { key: string; value: Assessment };
  suppliers: { key: string; value: Supplier };
  submissions: { key: string; value: ReceivedSubmission };
}

/**
 * Version of the on-device database schema. Raise it and add a step in `upgrade` to migrate.
 * 1: assessments. 2: the supplier register. 3: submissions received for review.
 */
const DB_VERSION = 3;
const STASH_KEY = 'haven.unsaved-assessment';

/**
 * The assessments, suppliers and received submissions stored on this device, in IndexedDB. Nothing leaves the device from here.
 *
 * IndexedDB writes are asynchronous, and a browser may abort them when the page unloads (a reload,
 * a closed tab). `stash` keeps a synchronous copy in localStorage for that moment; the next start
 * puts it into IndexedDB if it is newer than what was stored.
 */
@Injectable({ providedIn: 'root' })
export class AssessmentDb {
  private db?: Promise<IDBPDatabase<HavenDb>>;
  /** The version this page last stashed, to drop once that version is written. */
  private stashed?: { readonly id: string; readonly updatedAt: string; readonly text: string };

  /**
   * Every stored assessment, with the copy stashed as the page last went if it is newer. The stash
   * is removed only once that copy is in IndexedDB: if the write fails (storage full), the copy is
   * still shown and kept for the next start, and the other assessments are still listed.
   */
  async all(): Promise<Assessment[]> {
    const db = await this.open();
    const stored = await db.getAll('assessments');
    const stashed = readStash();
    if (!stashed) return stored;
    const current = stored.find((a) => a.id === stashed.id);
    if (current && current.updatedAt > stashed.updatedAt) {
      dropStash();
      return stored;
    }
    try {
      await db.put('assessments', stashed);
      dropStash();
    } catch {
      // Kept in localStorage for the next start; the save effect reports failed writes.
    }
    return [...stored.filter((a) => a.id !== stashed.id), stashed];
  }

  /** Writes an assessment; the stashed copy of that very version is dropped once it is written. */
  async put(assessment: Assessment): Promise<void> {
    await (await this.open()).put('assessments', assessment);
    // Compared as the text this page stashed, not parsed: put() runs on every pause in typing.
    const stashed = this.stashed;
    if (stashed?.id === assessment.id && stashed.updatedAt === assessment.updatedAt) {
      this.stashed = undefined;
      if (localStorageText() === stashed.text) dropStash();
    }
  }

  async delete(id: string): Promise<void> {
    await (await this.open()).delete('assessments', id);
  }

  async allSuppliers(): Promise<Supplier[]> {
    return (await this.open()).getAll('suppliers');
  }

  /** Writes many suppliers in one transaction: all of a CSV import lands, or none of it. */
  async putSuppliers(suppliers: readonly Supplier[]): Promise<void> {
    const tx = (await this.open()).transaction('suppliers', 'readwrite');
    await Promise.all([...suppliers.map((s) => tx.store.put(s)), tx.done]);
  }

  async deleteSupplier(id: string): Promise<void> {
    await (await this.open()).delete('suppliers', id);
  }

  async allSubmissions(): Promise<ReceivedSubmission[]> {
    return (await this.open()).getAll('submissions');
  }

  async putSubmission(received: ReceivedSubmission): Promise<void> {
    await (await this.open()).put('submissions', received);
  }

  async deleteSubmission(id: string): Promise<void> {
    await (await this.open()).delete('submissions', id);
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

  private open(): Promise<IDBPDatabase<HavenDb>> {
    this.db ??= openDB<HavenDb>('haven', DB_VERSION, {
      upgrade(db, oldVersion) {
        if (oldVersion < 1) db.createObjectStore('assessments', { keyPath: 'id' });
        if (oldVersion < 2) db.createObjectStore('suppliers', { keyPath: 'id' });
        if (oldVersion < 3) db.createObjectStore('submissions', { keyPath: 'id' });
      },
    });
    return this.db;
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
