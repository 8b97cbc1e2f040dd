import { Page } from '@playwright/test';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { SUPPLIER_SETS } from '../src/app/domain/questionnaire/sets/supplier-sets';
import { expect, test } from './support/fixtures';
import { answerSections } from './support/questionnaire';

const GUIDE_ANSWERS = {
  businessName: 'Andes Guides',
  country: 'Peru',
  locality: 'Cusco',
  assessedBy: 'Owner',
  ctxChildrenWorking: 'yes',
  ctxWeakEnforcement: 'no',
  ctxHotspot: 'no',
  guideSteering: 'yes',
  childPhotos: 'no',
  freelanceGuides: 'yes',
  ctlPolicy: '2',
  ctlTraining: '2',
  ctlClause: '2',
  ctlLocalContacts: '2',
  ctlAnnualReview: '2',
  ctlGuideConduct: '2',
  pastIncident: 'no',
};

test('questionnaire round trip: request → supplier answers on its own device → response attached; a tampered response is refused', async ({
  page,
  browser,
}, testInfo) => {
  mkdirSync(testInfo.outputDir, { recursive: true });

  const requestPath =
    await test.step('the operator registers a supplier and saves a request file', async () => {
      const csv = join(testInfo.outputDir, 'one.csv');
      writeFileSync(
        csv,
        'name,category,country,locality,volume,clause_status,contact\nAndes Guides,guides,Peru,Cusco,800,sent,office',
      );
      await page.goto('/suppliers');
      await page.getByLabel('Supplier CSV to import').setInputFiles(csv);
      await page.getByRole('button', { name: 'Import 1 supplier' }).click();
      await page.getByRole('link', { name: /Andes Guides/ }).click();
      await page.getByRole('button', { name: 'Send a questionnaire' }).click();
      await page
        .getByRole('dialog')
        .getByLabel('Your business name, as the supplier knows it')
        .fill('Sunrise Tours');
      const downloading = page.waitForEvent('download');
      await page.getByRole('dialog').getByRole('button', { name: 'Save the request file' }).click();
      const download = await downloading;
      expect(download.suggestedFilename()).toBe('andes-guides-haven-questionnaire-request.json');
      await expect(page.getByText(/^Sent /)).toBeVisible();
      return download.path();
    });

  const responsePath =
    await test.step('the supplier opens it in its own browser, answers and saves a response', async () => {
      const supplierContext = await browser.newContext(testInfo.project.use);
      const supplierPage = await supplierContext.newPage();
      await supplierPage.goto('/');
      await supplierPage.getByLabel('Assessment file to import').setInputFiles(requestPath);
      await expect(supplierPage).toHaveURL(/\/questions$/);
      await expect(supplierPage.getByRole('textbox', { name: 'Business name' })).toHaveValue(
        'Andes Guides',
      );
      await answerSections(supplierPage, SUPPLIER_SETS.guides, GUIDE_ANSWERS);
      await supplierPage.getByRole('button', { name: 'See your results' }).click();
      const downloading = supplierPage.waitForEvent('download');
      await supplierPage
        .getByRole('button', { name: 'Download your answers for Sunrise Tours' })
        .click();
      // Keep the file: a context's downloads are deleted when it closes.
      const path = join(testInfo.outputDir, 'response.json');
      await (await downloading).saveAs(path);
      await supplierContext.close();
      return path;
    });

  await test.step('a tampered response is refused and nothing changes', async () => {
    const tampered = JSON.parse(readFileSync(responsePath, 'utf8'));
    tampered.answers.guideSteering = 'no';
    const tamperedPath = join(testInfo.outputDir, 'tampered.json');
    writeFileSync(tamperedPath, JSON.stringify(tampered));
    await page.getByLabel('Supplier response to import').setInputFiles(tamperedPath);
    await expect(page.getByText('was changed after the supplier saved it')).toBeVisible();
    await expect(page.getByText('Not assessed yet')).toBeVisible();
  });

  await test.step('the real response attaches and the band shows', async () => {
    await page.getByLabel('Supplier response to import').setInputFiles(responsePath);
    await expect(page.getByText('The answers of Andes Guides are attached')).toBeVisible();
    await expect(page.getByText('Answered by the supplier.')).toBeVisible();
    await page.getByRole('link', { name: 'Suppliers', exact: true }).click();
    const row = page.getByRole('listitem').filter({ hasText: 'Andes Guides' });
    await expect(row).toContainText('Very high');
    // Kept on the device: still there after a reload.
    await page.reload();
    await expect(page.getByRole('listitem').filter({ hasText: 'Andes Guides' })).toContainText(
      'Very high',
    );
  });

  await test.step('the same response imported again adds no copy', async () => {
    await page.getByLabel('Supplier response to import').setInputFiles(responsePath);
    await expect(
      page.getByText('These answers of Andes Guides are already attached to the supplier.'),
    ).toBeVisible();
    // A reload writes anything still waiting; the device holds one assessment from the supplier.
    await page.reload();
    await expect(page.locator('main h1')).toBeVisible();
    expect(await answeredBySupplier(page)).toBe(1);
  });
});

/** How many assessments on this device were answered by a supplier, read from IndexedDB. */
function answeredBySupplier(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('haven');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('assessments').objectStore('assessments').getAll();
          all.onsuccess = () =>
            resolve(
              (all.result as { supplier?: { answeredBy: string } }[]).filter(
                (a) => a.supplier?.answeredBy === 'supplier',
              ).length,
            );
        };
      }),
  );
}
