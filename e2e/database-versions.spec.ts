import { expect, Page } from '@playwright/test';

import { test } from './support/fixtures';
import { startAssessment } from './support/questionnaire';

// The database outlives the page: a newer Haven in another tab upgrades it, an old tab holds it
// open, the device runs out of space. Each gets a sentence saying what to do, never a spinner.

const UPDATED = 'Haven was updated in another tab or window';

/** Opens Haven's database from a page of the same site that does not run Haven. */
async function siteDataPage(page: Page): Promise<Page> {
  const other = await page.context().newPage();
  await other.goto('/manifest.webmanifest');
  return other;
}

test('a newer Haven in another tab: this one says reload, and so does a reload to the old version', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Your assessments' })).toBeVisible();
  const other = await siteDataPage(page);
  // What a newer build does when it opens the database at a higher version.
  const upgraded = await other.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const request = indexedDB.open('haven', 99);
        request.onsuccess = () => {
          const version = request.result.version;
          request.result.close();
          resolve(version);
        };
        request.onerror = () => reject(request.error);
      }),
  );
  expect(upgraded).toBe(99);
  await expect(page.getByRole('alert').filter({ hasText: UPDATED })).toBeVisible();

  await page.reload();
  await expect(page.getByRole('alert').filter({ hasText: UPDATED })).toBeVisible();
  await expect(page.getByText('Loading your assessments')).toHaveCount(0);
});

test('an older Haven holding the database open: this tab says so, and goes on once it lets go', async ({
  page,
}) => {
  const other = await siteDataPage(page);
  // An old tab of schema version 3 that never answers "versionchange".
  await other.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('haven', 3);
        request.onupgradeneeded = () => {
          for (const store of ['assessments', 'suppliers', 'submissions']) {
            request.result.createObjectStore(store, { keyPath: 'id' });
          }
        };
        request.onsuccess = () => {
          (window as unknown as { oldTab: IDBDatabase }).oldTab = request.result;
          resolve();
        };
        request.onerror = () => reject(request.error);
      }),
  );
  await page.goto('/');
  await expect(
    page
      .getByRole('alert')
      .filter({ hasText: 'also open in another tab or window with an older version' }),
  ).toBeVisible();
  await other.evaluate(() => (window as unknown as { oldTab: IDBDatabase }).oldTab.close());
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Your assessments' })).toBeVisible();
});

test('storage full: the app says so, turns read-only, and loses nothing once space is freed', async ({
  page,
}) => {
  // The device runs out of space when the page sets `deviceFull`: every IndexedDB write is then
  // refused the way a browser refuses it.
  await page.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (
      this: IDBObjectStore,
      ...args: [unknown, IDBValidKey?]
    ) {
      if ((window as unknown as { deviceFull?: boolean }).deviceFull) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return put.apply(this, args);
    };
  });
  const id = await startAssessment(page, 'Accommodation');
  const name = page.getByRole('textbox', { name: 'Property name' });
  await name.fill('Harbour View');
  await expect(page.getByText('Saved on this device')).toBeVisible();

  await page.evaluate(() => ((window as unknown as { deviceFull: boolean }).deviceFull = true));
  await name.fill('Harbour View Hotel');
  await expect(
    page.getByRole('alert').filter({ hasText: "This device's storage is full" }),
  ).toBeVisible();
  await expect(name).toBeDisabled();
  await expect(name).toHaveValue('Harbour View Hotel');

  await page.evaluate(() => ((window as unknown as { deviceFull: boolean }).deviceFull = false));
  await page.goto(`/assessments/${id}/questions`);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(name).toBeEnabled();
  await expect(name).toHaveValue('Harbour View Hotel');
});
