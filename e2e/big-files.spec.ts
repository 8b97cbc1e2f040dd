import { Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { backupDigestInput, writeBackup } from '../src/app/domain/backup/backup-file';
import { Workspace } from '../src/app/domain/backup/workspace';
import { ACCOMMODATION } from '../src/app/domain/questionnaire/sets/accommodation';
import { WORKED_EXAMPLE_HOTEL } from '../src/app/domain/testing/sample-answers';
import { expect, test } from './support/fixtures';

// The biggest files Haven takes — a 10,000-row supplier register, a backup of 3,000 assessments —
// are parsed in a web worker: while they are checked the page keeps answering (no task on the
// page's thread blocks it for long), and the user sees that work is going on.

/**
 * Records every task that blocks the page's thread for 50 ms or more from now on; the returned
 * function gives the longest, and the time since the watch began.
 */
async function watchLongTasks(
  page: Page,
): Promise<() => Promise<{ longest: number; elapsed: number }>> {
  await page.evaluate(() => {
    const watch = { start: performance.now(), longest: 0 };
    (window as unknown as { watch: typeof watch }).watch = watch;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        watch.longest = Math.max(watch.longest, entry.duration);
    }).observe({ type: 'longtask' });
  });
  return () =>
    page.evaluate(() => {
      const watch = (window as unknown as { watch: { start: number; longest: number } }).watch;
      return {
        longest: Math.round(watch.longest),
        elapsed: Math.round(performance.now() - watch.start),
      };
    });
}

/**
 * On the page's thread, parsing is one long task that takes most of the check; in a worker the
 * page only ever blocks for short moments (handing the text over, drawing the result), whatever
 * the machine's speed, so the share holds on a busy machine too.
 */
function expectResponsive({ longest, elapsed }: { longest: number; elapsed: number }) {
  expect(longest / elapsed).toBeLessThan(0.25);
}

function writeFile(dir: string, name: string, text: string): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

test('a 10,000-row supplier CSV is checked without freezing the page', async ({
  page,
}, testInfo) => {
  const contact = 'Reservations desk, open daily 08:00-20:00, ask for the duty manager; '.repeat(2);
  const rows = Array.from(
    { length: 10_000 },
    (_, i) => `Guesthouse ${i},accommodation,Thailand,Town ${i % 50},${i},signed,"${contact}"`,
  );
  const csv = ['name,category,country,locality,volume,clause_status,contact', ...rows].join('\n');
  expect(csv.length).toBeGreaterThan(1_000_000);
  await page.goto('/suppliers');
  await expect(page.getByRole('heading', { name: 'Suppliers', level: 1 })).toBeVisible();
  const longTasks = await watchLongTasks(page);
  await page
    .getByLabel('Supplier CSV to import')
    .setInputFiles(writeFile(testInfo.outputDir, 'register.csv', csv));
  await expect(page.getByRole('region', { name: 'CSV import preview' })).toContainText(
    '10000 suppliers are ready to import.',
    { timeout: 30_000 },
  );
  const tasks = await longTasks();
  console.log(
    `CSV of ${(csv.length / 1e6).toFixed(1)} MB: ${tasks.elapsed} ms, longest page task ${tasks.longest} ms`,
  );
  expectResponsive(tasks);

  // The same register with a wrong category on every line: the first lines are listed, not 10,000.
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page
    .getByLabel('Supplier CSV to import')
    .setInputFiles(
      writeFile(testInfo.outputDir, 'wrong.csv', csv.replaceAll(',accommodation,', ',hotels,')),
    );
  const preview = page.getByRole('region', { name: 'CSV import preview' });
  await expect(preview).toContainText('10000 rows cannot be imported');
  await expect(preview.getByRole('listitem')).toHaveCount(100);
  await expect(preview).toContainText('Lines not listed here: 9900.');
});

test('a backup of 3,000 assessments is checked without freezing the page', async ({
  page,
}, testInfo) => {
  const at = '2026-11-20T10:00:00.000Z';
  const workspace: Workspace = {
    assessments: Array.from({ length: 3_000 }, (_, i) => ({
      id: `big-${i}`,
      setId: ACCOMMODATION.id,
      setVersion: ACCOMMODATION.version,
      answers: { ...WORKED_EXAMPLE_HOTEL, businessName: `Hotel ${i}` },
      plan: {},
      step: 0,
      createdAt: at,
      updatedAt: at,
    })),
    suppliers: [],
    submissions: [],
    settings: { reviewerName: '', operatorName: '' },
  };
  const digest = createHash('sha256').update(backupDigestInput(workspace)).digest('hex');
  const text = writeBackup(workspace, at, digest);
  expect(text.length).toBeGreaterThan(5_000_000);
  await page.goto('/storage');
  await expect(page.getByRole('button', { name: 'Back up everything' })).toBeVisible();
  const longTasks = await watchLongTasks(page);
  await page
    .getByLabel('Backup file to restore')
    .setInputFiles(writeFile(testInfo.outputDir, 'big-backup.json', text));
  await expect(page.getByText('Assessments: 3000 · Suppliers: 0 · Submissions: 0')).toBeVisible({
    timeout: 30_000,
  });
  const tasks = await longTasks();
  console.log(
    `Backup of ${(text.length / 1e6).toFixed(1)} MB: ${tasks.elapsed} ms, longest page task ${tasks.longest} ms`,
  );
  expectResponsive(tasks);
});
