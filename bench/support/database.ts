import { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

import { Assessment } from '../../src/app/domain/assessment/assessment';
import { ReceivedSubmission } from '../../src/app/domain/review/review';
import { Supplier } from '../../src/app/domain/suppliers/supplier';
import { LOCALE_STORAGE_KEY, LocaleId } from '../../src/app/shared/i18n/locales';
import { repoPath } from './figures';

export interface Seed {
  readonly assessments?: readonly Assessment[];
  readonly suppliers?: readonly Supplier[];
  readonly submissions?: readonly ReceivedSubmission[];
  readonly locale?: LocaleId;
}

/**
 * The on-device database as src/app/core/assessment-db.ts declares it (name, version, stores),
 * read from that file so the bench follows a schema change instead of writing an old version.
 */
function schema(): { name: string; version: number; stores: string[] } {
  const source = readFileSync(repoPath('src', 'app', 'core', 'assessment-db.ts'), 'utf8');
  const version = Number(/const DB_VERSION = (\d+)/.exec(source)?.[1]);
  const name = /openDB<\w+>\('([^']+)'/.exec(source)?.[1];
  const stores = [...source.matchAll(/createObjectStore\('([^']+)'/g)].map((m) => m[1]);
  if (!version || !name || !stores.length) {
    throw new Error('Cannot read the database schema from src/app/core/assessment-db.ts.');
  }
  return { name, version, stores };
}

/**
 * Writes records straight into Haven's IndexedDB (and the language choice into localStorage)
 * from a page of the same origin that is not the app: /favicon.ico. No script of Haven is fetched,
 * so the context's HTTP cache stays empty and the next navigation is still a cold start.
 */
export async function seed(page: Page, data: Seed): Promise<void> {
  await page.goto('/favicon.ico');
  await page.evaluate(
    async ({ db: { name, version, stores }, data, localeKey }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(name, version);
        open.onupgradeneeded = () => {
          for (const store of stores) {
            if (!open.result.objectStoreNames.contains(store)) {
              open.result.createObjectStore(store, { keyPath: 'id' });
            }
          }
        };
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const records: Record<string, readonly unknown[] | undefined> = {
        assessments: data.assessments,
        suppliers: data.suppliers,
        submissions: data.submissions,
      };
      for (const [store, values] of Object.entries(records)) {
        if (!values?.length) continue;
        const tx = db.transaction(store, 'readwrite');
        for (const value of values) tx.objectStore(store).put(value);
        await new Promise<void>((resolve, reject) => {
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        });
      }
      db.close();
      if (data.locale) localStorage.setItem(localeKey, data.locale);
    },
    { db: schema(), data, localeKey: LOCALE_STORAGE_KEY },
  );
}
