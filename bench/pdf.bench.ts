import { Download, expect, Page, test } from '@playwright/test';
import { readFileSync } from 'node:fs';

import { LocaleId } from '../src/app/shared/i18n/locales';
import { fullyAnsweredAssessment } from './data/assessments';
import { seed } from './support/database';
import { measureRuns, ofRuns, record, repoPath } from './support/figures';
import { freshContext, lastEventTime, pageEpoch } from './support/page-clock';

// The PDF button's name in each language, from the same translation files the app loads.
function pdfButtonName(locale: LocaleId): string {
  if (locale === 'en') return 'Download the due-diligence PDF';
  const file = repoPath('src', 'locale', `messages.${locale}.json`);
  const name = JSON.parse(readFileSync(file, 'utf8')).translations['results.pdf'];
  if (!name) throw new Error(`${file} has no "results.pdf" message.`);
  return name;
}

interface PdfRun {
  readonly cold: number;
  readonly warm: number;
  /** Of the cold time, from the click until the app handed the finished PDF to the browser. */
  readonly coldReady: number;
  readonly bytes: number;
  readonly pages: number;
}

for (const locale of ['en', 'vi'] as const) {
  test(`due-diligence PDF in ${locale}: click to finished download, cold and warm`, async ({
    browser,
    baseURL,
  }) => {
    const assessment = fullyAnsweredAssessment();
    const buttonName = pdfButtonName(locale);
    const runs = await measureRuns(async (): Promise<PdfRun> => {
      const { context, page } = await freshContext(browser, baseURL!);
      try {
        await seed(page, { assessments: [assessment], locale });
        await page.goto(`/assessments/${assessment.id}/results`);
        const button = page.getByRole('button', { name: buttonName, exact: true });
        await expect(button).toBeEnabled();
        // Cold: jsPDF, its tables and the fonts are fetched on this first click.
        const cold = await clickToDownload(page, () => button.click());
        // The button says "Making the PDF…" until the export is reported done.
        await expect(button).toBeEnabled();
        const warm = await clickToDownload(page, () => button.click());
        return { ...cold, cold: cold.ms, coldReady: cold.readyMs, warm: warm.ms };
      } finally {
        await context.close();
      }
    });
    const last = runs.at(-1)!;
    record({
      figure: `pdf.${locale}.click-to-download.cold`,
      unit: 'ms',
      ...ofRuns(runs.map((r) => r.cold)),
      budget: 500,
      pdfReady: ofRuns(runs.map((r) => r.coldReady)).median,
    });
    record({
      figure: `pdf.${locale}.click-to-download.warm`,
      unit: 'ms',
      ...ofRuns(runs.map((r) => r.warm)),
    });
    record({ figure: `pdf.${locale}.bytes`, unit: 'bytes', value: last.bytes });
    record({ figure: `pdf.${locale}.pages`, unit: 'pages', value: last.pages });
  });
}

/** From the click, on the page's clock, to the browser reporting the file written. */
async function clickToDownload(
  page: Page,
  click: () => Promise<void>,
): Promise<{ ms: number; readyMs: number; bytes: number; pages: number }> {
  const downloading = page.waitForEvent('download');
  await click();
  const download: Download = await downloading;
  const path = await download.path();
  const finishedAt = performance.timeOrigin + performance.now();
  const clickedAt = await lastEventTime(page, 'click');
  const readyAt = await lastEventTime(page, 'save');
  const pdf = readFileSync(path);
  return {
    ms: finishedAt - (await pageEpoch(page, clickedAt)),
    readyMs: readyAt - clickedAt,
    bytes: pdf.length,
    pages: pageCount(pdf),
  };
}

/** jsPDF writes one "/Type /Page" dictionary per page, uncompressed even with compression on. */
function pageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}
