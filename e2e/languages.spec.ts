import { execFileSync } from 'node:child_process';

import { expect, test } from './support/fixtures';
import { readPdf } from './support/questionnaire';
import { translations, words } from './support/translations';

// A short journey in each language: the browser's language decides the first visit, every screen
// is in it, and the PDF is written in it with embedded fonts only. Strings come from the
// translation files, so the test follows them when a reviewer corrects one.

const LANGUAGES = [
  { id: 'en', browser: 'en-GB', name: 'English' },
  { id: 'es', browser: 'es-PE', name: 'Español' },
  { id: 'fr', browser: 'fr-BJ', name: 'Français' },
  { id: 'sw', browser: 'sw-KE', name: 'Kiswahili' },
  { id: 'vi', browser: 'vi-VN', name: 'Tiếng Việt' },
] as const;

for (const language of LANGUAGES) {
  test.describe(language.name, () => {
    test.use({ locale: language.browser });

    test(`a new assessment, its results and its PDF in ${language.name}`, async ({ page }) => {
      const t = translations(language.id);
      const untranslated: string[] = [];
      page.on('console', (message) => {
        if (/translation/i.test(message.text())) untranslated.push(message.text());
      });

      await test.step('the first visit follows the browser language', async () => {
        await page.goto('/');
        await expect(page.locator('html')).toHaveAttribute('lang', language.id);
        await expect(page.locator('main h1')).toHaveText(words(t['home.title']));
        await expect(page.locator('app-language-menu button')).toContainText(language.name);
      });

      await test.step('start an assessment and answer the first questions', async () => {
        await page.goto('/new');
        await page.locator('mat-card-actions button').first().click();
        await expect(page).toHaveURL(/\/assessments\/[\w-]+\/questions$/);
        const boxes = page.locator('input.mat-mdc-input-element');
        await boxes.nth(0).fill('Hotel Ngong');
        await boxes.nth(1).fill('Kenya');
        await page.locator('mat-radio-group').first().locator('input[type=radio]').first().check();
        await expect(page.getByText(words(t['save.saved']))).toBeVisible();
      });

      await test.step('the results are in the language', async () => {
        await page.locator('a[href$="/results"]').first().click();
        await expect(page.locator('main h1')).toHaveText(words(t['results.title']));
        await expect(page.locator('.overall-line')).toContainText(words(t['band.veryHigh']));
        if (language.id !== 'en') {
          await expect(page.locator('main')).not.toContainText('Overall risk');
        }
      });

      await test.step('the PDF is in the language, with embedded fonts only', async () => {
        const downloading = page.waitForEvent('download');
        await page.locator('.overall button:has(mat-icon[svgicon="report"])').click();
        const download = await downloading;
        const pdf = await readPdf(download);
        expect(words(pdf.flow)).toContain(words(t['pdf.coverTitle']));
        expect(words(pdf.flow)).toContain(words(t['band.veryHigh']));
        const fonts = execFileSync('pdffonts', [await download.path()], { encoding: 'utf8' });
        const rows = fonts.split('\n').slice(2).filter(Boolean);
        expect(rows.length).toBeGreaterThan(0);
        // Columns: name, type, encoding, emb, sub, uni, object id.
        expect(rows.filter((row) => row.split(/\s+/).at(-5) !== 'yes')).toEqual([]);
        console.log(`${language.id} PDF: ${pdf.bytes.length} bytes, ${pdf.pages} pages`);
      });

      expect(untranslated).toEqual([]);
    });
  });
}

test('the language menu switches language on the same screen, and remembers it', async ({
  page,
}) => {
  await page.goto('/suppliers');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('button', { name: 'Language: English' }).click();
  await page.getByRole('menuitem', { name: 'Tiếng Việt' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(page).toHaveURL(/\/suppliers$/);
  await expect(page.locator('main h1')).toHaveText(words(translations('vi')['suppliers.title']));
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
});

// The menu's code loads on the first press; moving through the bar with Tab must not open it.
test('the language button opens its menu on Enter, and Tab passes it by', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Your assessments' })).toBeVisible();
  const button = page.getByRole('button', { name: 'Language: English' });
  await button.focus();
  await page.keyboard.press('Tab');
  await expect(button).not.toBeFocused();
  await expect(page.getByRole('menu')).toHaveCount(0);
  await button.focus();
  await expect(button).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menuitem', { name: 'Español' })).toBeVisible();
  await expect(page.getByRole('menuitem').first()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Language: English' })).toBeFocused();
});
