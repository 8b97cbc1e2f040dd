import { Browser, test } from '@playwright/test';

import { Assessment } from '../src/app/domain/assessment/assessment';
import { assessmentInProgress } from './data/assessments';
import { LoadTotals, totalsOf } from './support/bytes';
import { seed } from './support/database';
import { measureRuns, ofRuns, record } from './support/figures';
import { freshContext, Mark, markResources, markTime } from './support/page-clock';

const KB = 1000;

interface Load {
  readonly at: number;
  readonly js: LoadTotals;
  readonly css: LoadTotals;
}

// Cold: each run is a new context, so nothing is cached (no HTTP cache, and once Haven has a
// service worker, none is installed). The data is written to IndexedDB before the app starts.
test('home page: first action visible, and the files loaded before it', async ({
  browser,
  baseURL,
}) => {
  const loads = await measureRuns(() => coldLoad(browser, baseURL!, '/', 'homeFirstAction'));
  record({
    figure: 'home.first-action-visible.cold',
    unit: 'ms',
    ...ofRuns(loads.map((l) => l.at)),
    budget: 400,
  });
  recordFiles('home', loads);
});

test('deep link into an assessment: first question visible, and the files loaded before it', async ({
  browser,
  baseURL,
}) => {
  const assessment = assessmentInProgress();
  const loads = await measureRuns(() =>
    coldLoad(
      browser,
      baseURL!,
      `/assessments/${assessment.id}/questions`,
      'firstQuestion',
      assessment,
    ),
  );
  record({
    figure: 'deep-link.first-question-visible.cold',
    unit: 'ms',
    ...ofRuns(loads.map((l) => l.at)),
    budget: 450,
  });
  recordFiles('deep-link', loads);
});

async function coldLoad(
  browser: Browser,
  baseURL: string,
  path: string,
  mark: Mark,
  assessment?: Assessment,
): Promise<Load> {
  const { context, page } = await freshContext(browser, baseURL, [mark]);
  try {
    if (assessment) await seed(page, { assessments: [assessment] });
    await page.goto(path);
    const at = await markTime(page, mark);
    const resources = await markResources(page, mark);
    return {
      at,
      js: totalsOf(resources, baseURL, '.js'),
      css: totalsOf(resources, baseURL, '.css'),
    };
  } finally {
    await context.close();
  }
}

/** The JS and CSS a page had loaded when its first screen showed; the file list goes to the file. */
function recordFiles(page: string, loads: readonly Load[]): void {
  const last = loads.at(-1)!;
  // Which lazy chunks have finished by the first screen varies a little from run to run.
  const counts = (pick: (l: Load) => number) => ofRuns(loads.map(pick), 0);
  record({
    figure: `${page}.initial-js.files`,
    unit: 'files',
    ...counts((l) => l.js.files),
    budget: 8,
  });
  record({
    figure: `${page}.initial-js.brotli`,
    unit: 'bytes',
    ...counts((l) => l.js.brotli),
    budget: 150 * KB,
    raw: counts((l) => l.js.raw).median,
    gzip: counts((l) => l.js.gzip).median,
    detail: last.js.list,
  });
  record({
    figure: `${page}.initial-css.brotli`,
    unit: 'bytes',
    ...counts((l) => l.css.brotli),
    files: counts((l) => l.css.files).median,
    raw: counts((l) => l.css.raw).median,
    gzip: counts((l) => l.css.gzip).median,
    detail: last.css.list,
  });
}
