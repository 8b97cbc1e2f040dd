import { expect, test } from '@playwright/test';

import { submissionFiles } from './data/submissions';
import { measureRuns, ofRuns, record } from './support/figures';
import { freshContext, lastEventTime, startWatch, watchTime } from './support/page-clock';

const COUNT = 100;

test(`review: ${COUNT} submission files imported, queue shown`, async ({ browser, baseURL }) => {
  const files = submissionFiles(COUNT);
  const runs = await measureRuns(async () => {
    // An empty queue each run: a fresh context, as a reviewer's first import of the season.
    const { context, page } = await freshContext(browser, baseURL!);
    try {
      await page.goto('/review');
      await expect(page.getByRole('heading', { name: 'No submissions yet' })).toBeVisible();
      await startWatch(
        page,
        'queue',
        (count: number) =>
          document.querySelectorAll('ul.queue li.row').length === count &&
          [...document.querySelectorAll('[role="status"]')].some((el) =>
            el.textContent?.includes(`Checked ${count} files`),
          ),
        COUNT,
      );
      // As the file picker hands them over: the input's change event starts the import.
      await page.getByLabel('Submission files to import').setInputFiles(files);
      const shownAt = await watchTime(page, 'queue');
      // Every file admitted: none refused, none flagged, so the figure is the full path of each.
      await expect(page.getByRole('status').filter({ hasText: 'Checked' })).toContainText(
        `${COUNT} added, 0 refused`,
      );
      return shownAt - (await lastEventTime(page, 'change'));
    } finally {
      await context.close();
    }
  });
  record({
    figure: `review.import-${COUNT}-files`,
    unit: 'ms',
    ...ofRuns(runs),
    budget: 3000,
    files: COUNT,
  });
});
