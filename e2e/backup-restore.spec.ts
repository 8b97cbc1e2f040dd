import { Browser, Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { writeAnsweredAssessment } from './support/answered-file';
import { expect, test } from './support/fixtures';

// Everything lives in one browser: a manager moves to a new phone, or clears the browser. One
// backup file carries the whole workspace there, and nothing is written until the user has seen
// what a restore would do.

const CSV =
  'name,category,country,locality,volume,clause_status,contact\nLagoon Boats,ground-transport,Kenya,Kilifi,300,signed,desk';

async function importAssessment(page: Page, dir: string, id: string, name: string, at?: string) {
  await page.goto('/');
  await page
    .getByLabel('Assessment file to import')
    .setInputFiles(writeAnsweredAssessment(dir, id, name, at));
  await expect(page.getByRole('listitem').filter({ hasText: name })).toBeVisible();
}

async function newDevice(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ serviceWorkers: 'block', acceptDownloads: true });
  return context.newPage();
}

test('a backup carries assessments, plan notes and suppliers to a new device; restoring twice changes nothing', async ({
  page,
  browser,
}, testInfo) => {
  const dir = testInfo.outputDir;
  await importAssessment(page, dir, 'backup-hotel', 'Riverside Inn');
  await page.goto('/assessments/backup-hotel/plan');
  await page.getByRole('textbox', { name: 'Note' }).first().fill('Lock the staff door at night');
  await page.goto('/suppliers');
  const csv = join(dir, 'suppliers.csv');
  writeFileSync(csv, CSV);
  await page.getByLabel('Supplier CSV to import').setInputFiles(csv);
  await page.getByRole('button', { name: 'Import 1 supplier' }).click();
  await expect(page.getByText('Lagoon Boats')).toBeVisible();

  await page.goto('/storage');
  await expect(page.getByText('No backup has been made on this device yet.')).toBeVisible();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Back up everything' }).click();
  const download = await downloading;
  const file = join(dir, download.suggestedFilename());
  await download.saveAs(file);
  expect(download.suggestedFilename()).toMatch(/^haven-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const backup = JSON.parse(readFileSync(file, 'utf8'));
  expect(backup.format).toBe('haven-backup');
  expect(backup.counts).toEqual({ assessments: 1, suppliers: 1, submissions: 0 });
  await expect(page.getByText('Last backup made on this device')).toBeVisible();

  const phone = await newDevice(browser);
  await phone.goto('/storage');
  await phone.getByLabel('Backup file to restore').setInputFiles(file);
  await expect(phone.getByText('Assessments: 1 · Suppliers: 1 · Submissions: 0')).toBeVisible();
  await expect(phone.getByText('This device holds nothing yet')).toBeVisible();
  await phone.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(
    phone.getByRole('status').filter({ hasText: 'Restored from the backup' }),
  ).toBeVisible();
  await phone.goto('/assessments/backup-hotel/plan');
  await expect(phone.getByRole('textbox', { name: 'Note' }).first()).toHaveValue(
    'Lock the staff door at night',
  );
  await phone.goto('/suppliers');
  await expect(phone.getByText('Lagoon Boats')).toBeVisible();

  // The same file again: recognised, nothing new.
  await phone.goto('/storage');
  await phone.getByLabel('Backup file to restore').setInputFiles(file);
  await expect(
    phone.getByText('Everything in this backup is already on this device.'),
  ).toBeVisible();
  await expect(phone.getByRole('listitem').filter({ hasText: 'Riverside Inn' })).toContainText(
    'the same on both',
  );
  await phone.context().close();
});

test('merge or replace: the duplicates show first, and a damaged backup changes nothing', async ({
  page,
}, testInfo) => {
  const dir = testInfo.outputDir;
  await importAssessment(page, dir, 'merge-a', 'Coral Lodge');
  await page.goto('/storage');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Back up everything' }).click();
  const file = join(dir, 'backup.json');
  await (await downloading).saveAs(file);

  // After the backup: one more assessment, and the first one edited.
  await importAssessment(page, dir, 'merge-b', 'Baobab Camp');
  await page.goto('/assessments/merge-a/questions');
  await page.getByRole('textbox', { name: 'Property name' }).fill('Coral Lodge & Spa');
  await expect(page.getByText('Saved on this device')).toBeVisible();

  await page.goto('/storage');
  await page.getByLabel('Backup file to restore').setInputFiles(file);
  const coral = page.getByRole('listitem').filter({ hasText: 'Coral Lodge' });
  await expect(coral).toContainText('this device’s copy is kept (changed later)');
  await page.getByRole('radio', { name: /Replace this device’s data/ }).check();
  await expect(coral).toContainText('the backup’s copy replaces this device’s');
  await expect(
    page.getByText('Deleted from this device because the backup does not hold them: 1 records.'),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();

  // A hand-edited backup: refused with a sentence, and the device is as it was.
  const damaged = join(dir, 'damaged.json');
  writeFileSync(damaged, readFileSync(file, 'utf8').replace('Coral Lodge', 'Coral Hotel'));
  await page.getByLabel('Backup file to restore').setInputFiles(damaged);
  await expect(page.getByRole('alert')).toContainText(
    'has been changed or damaged since Haven made it',
  );
  await page.goto('/');
  await expect(page.getByRole('listitem').filter({ hasText: 'Coral Lodge & Spa' })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Baobab Camp' })).toBeVisible();

  // Merge: the edited one stays as edited, the new one stays.
  await page.goto('/storage');
  await page.getByLabel('Backup file to restore').setInputFiles(file);
  await page.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Restored from the backup' }),
  ).toBeVisible();
  await page.goto('/');
  await expect(page.getByRole('listitem').filter({ hasText: 'Coral Lodge & Spa' })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Baobab Camp' })).toBeVisible();
});

test('the home page asks for a backup of older work, and "Not now" holds', async ({
  page,
}, testInfo) => {
  await importAssessment(
    page,
    testInfo.outputDir,
    'old-work',
    'Savanna Rest',
    '2026-10-01T10:00:00.000Z',
  );
  const reminder = page.getByRole('complementary', { name: 'Back up your work' });
  await expect(reminder).toBeVisible();
  await reminder.getByRole('button', { name: 'Not now' }).click();
  await expect(reminder).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('listitem').filter({ hasText: 'Savanna Rest' })).toBeVisible();
  await expect(reminder).toHaveCount(0);
});
