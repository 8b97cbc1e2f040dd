import AxeBuilder from '@axe-core/playwright';
import { Page } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { assessmentFileText } from '../src/app/domain/assessment/assessment-file';
import { ACCOMMODATION } from '../src/app/domain/questionnaire/sets/accommodation';
import { TOURISM_SERVICES } from '../src/app/domain/questionnaire/sets/tourism-services';
import {
  ORPHANAGE_TOUR_OPERATOR,
  WORKED_EXAMPLE_HOTEL,
} from '../src/app/domain/testing/sample-answers';
import { expect, test } from './support/fixtures';
import { submissionOf, writeSubmission } from './support/submissions';

// Every route and state, every dialog and menu, scanned with axe for WCAG 2.2 A and AA in English
// and French, light and dark, on a 360 × 740 phone: no violation of any impact, and no page wider
// than the screen. The steps find things by address, role and icon, never by English words.
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

test.use({ viewport: { width: 360, height: 740 } });

for (const locale of ['en', 'fr'] as const) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`every screen passes WCAG 2.2 AA at 360 px: ${locale}, ${scheme}`, async ({
      page,
    }, testInfo) => {
      // About 22 axe scans, each injecting axe and running every WCAG rule: ~40 s on a quiet
      // 2-core machine, 90–126 s with both cores busy (the scans are CPU work, not waits).
      test.setTimeout(240_000);
      // Reduced motion: nothing is caught half-faded by the scan (and that mode is checked too).
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      await page.addInitScript((id) => localStorage.setItem('haven.locale', id), locale);
      const problems: string[] = [];
      const check = async (where: string) => {
        await expect(page.locator('html')).toHaveAttribute('lang', locale);
        problems.push(...(await violations(page, where)));
      };
      const files = seedFiles(testInfo.outputDir);

      await test.step('home, new assessment, the language menu', async () => {
        await openPage(page, '/');
        await check('home, empty');
        await page.locator('app-language-menu button').click();
        await expect(page.getByRole('menu')).toBeVisible();
        await check('language menu');
        await page.keyboard.press('Escape');
        await openPage(page, '/new');
        await check('new assessment');
      });

      const assessment =
        await test.step('home with an assessment, its menu and dialog', async () => {
          await openPage(page, '/');
          await page.locator('input[type=file]').first().setInputFiles(files.assessment);
          const item = page.getByRole('listitem').first();
          await expect(item).toBeVisible();
          await dismissNotice(page);
          await check('home, with an assessment');
          await item.locator('button[data-more-for]').click();
          await expect(page.getByRole('menu')).toBeVisible();
          await check('assessment menu');
          await page.getByRole('menuitem').nth(1).click();
          await expect(page.getByRole('dialog')).toBeVisible();
          await check('delete dialog');
          await page.keyboard.press('Escape');
          await expect(page.getByRole('dialog')).toHaveCount(0);
          return (await item.locator('a[href$="/questions"]').getAttribute('href'))!;
        });

      await test.step('wizard: first, middle and last step, and a required answer missing', async () => {
        await openPage(page, `${assessment}?question=businessName`);
        await check('wizard, first step');
        const name = page.locator('input.mat-mdc-input-element').first();
        await name.fill('');
        await name.blur();
        await expect(page.locator('mat-error').first()).toBeVisible();
        await check('wizard, required answer missing');
        await name.fill('Harbour View Hotel');
        await openPage(page, `${assessment}?question=ctxHotspot`);
        await check('wizard, middle step');
        await openPage(page, `${assessment}?question=ctlMinorCheckIn`);
        await check('wizard, last step');
      });

      await test.step('results, an opened risk, the submit dialog; the plan and its menu', async () => {
        const results = assessment.replace(/questions$/, 'results');
        await openPage(page, results);
        await page.locator('mat-expansion-panel-header').first().click();
        await check('results');
        await page.locator('app-submission-card button:has(mat-icon[svgicon="upload"])').click();
        await expect(page.getByRole('dialog')).toBeVisible();
        await check('submit dialog');
        await page.keyboard.press('Escape');
        await openPage(page, assessment.replace(/questions$/, 'plan'));
        await check('plan');
        await page.locator('mat-select').first().click();
        await expect(page.getByRole('listbox')).toBeVisible();
        await check('plan, status list');
        await page.keyboard.press('Escape');
      });

      const supplier =
        await test.step('suppliers: empty, CSV preview, register, dialogs', async () => {
          await openPage(page, '/suppliers');
          await check('suppliers, empty');
          await page.locator('input[type=file][accept*="csv"]').setInputFiles(files.csv);
          const preview = page.locator('app-csv-preview');
          await expect(preview).toBeVisible();
          await check('CSV preview');
          await preview
            .locator('button[matButton="filled"], button.mat-mdc-unelevated-button')
            .first()
            .click();
          await expect(page.locator('a[href^="/suppliers/"]').first()).toBeVisible();
          await check('supplier register');
          await page.locator('button:has(mat-icon[svgicon="add"])').first().click();
          await expect(page.getByRole('dialog')).toBeVisible();
          await check('supplier dialog');
          await page.keyboard.press('Escape');
          return (await page.locator('a[href^="/suppliers/"]').first().getAttribute('href'))!;
        });

      await test.step('a supplier and the questionnaire request dialog', async () => {
        await openPage(page, supplier);
        await check('supplier');
        await page.locator('.links button:has(mat-icon[svgicon="download"])').click();
        await expect(page.getByRole('dialog')).toBeVisible();
        await check('request dialog');
        await page.keyboard.press('Escape');
      });

      await test.step('review: empty, the queue, a submission', async () => {
        await openPage(page, '/review');
        await check('review queue, empty');
        await page.locator('input[type=file]').first().setInputFiles(files.submissions);
        const opened = page.locator('a[href^="/review/"]').first();
        await expect(opened).toBeVisible();
        await check('review queue');
        await openPage(page, (await opened.getAttribute('href'))!);
        await check('review detail');
      });

      await test.step('an unfinished assessment: its results and plan', async () => {
        await openPage(page, '/new');
        await page.locator('mat-card-actions button').first().click();
        // The new page's URL, not the heading, says the assessment exists: /new has a heading too.
        await expect(page).toHaveURL(/\/assessments\/[\w-]+\/questions$/);
        const wizard = new URL(page.url()).pathname;
        await openPage(page, wizard.replace(/questions$/, 'results'));
        await expect(page.locator('app-question-links a').first()).toBeVisible();
        await check('results, unfinished');
        await openPage(page, wizard.replace(/questions$/, 'plan'));
        await check('plan, unfinished');
      });

      expect(problems).toEqual([]);
    });
  }
}

/**
 * Closes the "imported" notice: while Material's snack bar hands its text to the live region it
 * hides its own button from screen readers for a moment, which a scan may catch mid-way.
 */
async function dismissNotice(page: Page): Promise<void> {
  const notice = page.locator('mat-snack-bar-container');
  await notice.getByRole('button').click();
  await expect(notice).toHaveCount(0);
}

/** Opens an address and waits for its page heading. */
async function openPage(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.locator('main h1')).toBeVisible();
}

async function violations(page: Page, where: string): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const found = violations.map(
    (v) =>
      `${where}: ${v.id} [${v.impact}] ${v.help} — ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(' | ')}`,
  );
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
  if (overflow > 0) found.push(`${where}: the page is ${overflow} px wider than the screen`);
  return found;
}

function seedFiles(dir: string) {
  mkdirSync(dir, { recursive: true });
  const assessment = join(dir, 'assessment.json');
  const answers = { ...WORKED_EXAMPLE_HOTEL, hourlyIdAll: 'no', blindSpots: 'unknown' };
  const at = '2026-11-25T10:00:00.000Z';
  writeFileSync(
    assessment,
    assessmentFileText(
      {
        id: 'seeded',
        setId: ACCOMMODATION.id,
        setVersion: ACCOMMODATION.version,
        answers,
        plan: {},
        step: 0,
        createdAt: at,
        updatedAt: at,
      },
      at,
    ),
  );
  const csv = join(dir, 'suppliers.csv');
  writeFileSync(
    csv,
    [
      'name,category,country,locality,volume,clause_status,contact',
      'Jungle Treks,excursions,Laos,Luang Prabang,300,refused,desk',
      'Bad Row,spaceships,Peru,,1,signed,',
      'Harbour Hotel,accommodation,Kenya,Mombasa,900,signed,desk',
    ].join('\n'),
  );
  const submissions = [
    writeSubmission(
      dir,
      'riverside.json',
      submissionOf(ACCOMMODATION, answers, {
        submissionId: 's1',
        businessId: 'b1',
        submittedAt: '2026-11-01T10:00:00.000Z',
      }),
    ),
    writeSubmission(
      dir,
      'sunrise.json',
      submissionOf(TOURISM_SERVICES, ORPHANAGE_TOUR_OPERATOR, {
        submissionId: 's2',
        businessId: 'b2',
        submittedAt: '2026-11-02T10:00:00.000Z',
      }),
    ),
  ];
  return { assessment, csv, submissions };
}
