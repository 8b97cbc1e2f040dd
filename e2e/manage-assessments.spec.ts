import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { ACCOMMODATION } from '../src/app/domain/questionnaire/sets/accommodation';
import { WELL_CONTROLLED_HOTEL } from '../src/app/domain/testing/sample-answers';
import { expect, test } from './support/fixtures';
import { answerSections, startAssessment } from './support/questionnaire';

test('export, import, reject bad files and delete on the home page', async ({ page }, testInfo) => {
  mkdirSync(testInfo.outputDir, { recursive: true });
  await startAssessment(page, 'Accommodation');
  await answerSections(page, ACCOMMODATION, WELL_CONTROLLED_HOTEL, 1);
  await expect(page.getByText('Saved on this device')).toBeVisible();
  await page.getByRole('link', { name: 'Haven, your assessments' }).click();
  const cards = page.getByRole('listitem');
  await expect(cards).toHaveCount(1);
  await expect(cards.first()).toContainText('Harbour View Hotel');

  const exported = await test.step('export the assessment to a file', async () => {
    await page.getByRole('button', { name: 'More actions for Harbour View Hotel' }).click();
    const downloading = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: 'Export to a file' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('harbour-view-hotel-haven-assessment.json');
    return download.path();
  });

  await test.step('a file from another app is refused and nothing changes', async () => {
    const other = join(testInfo.outputDir, 'budget.json');
    writeFileSync(other, JSON.stringify({ name: 'Budget', rows: [1, 2, 3] }));
    await page.getByLabel('Assessment file to import').setInputFiles(other);
    await expect(page.getByText('“budget.json” comes from another program')).toBeVisible();
    await expect(cards).toHaveCount(1);
  });

  await test.step('a half-edited file is refused and nothing changes', async () => {
    const broken = join(testInfo.outputDir, 'broken.json');
    writeFileSync(broken, '{"format":"haven-assessment","formatVersion":1,"assess');
    await page.getByLabel('Assessment file to import').setInputFiles(broken);
    await expect(page.getByText('“broken.json” is not a Haven assessment file')).toBeVisible();
    await expect(cards).toHaveCount(1);
  });

  await test.step('the exported file opened again is recognised, not copied', async () => {
    await page.getByLabel('Assessment file to import').setInputFiles(exported);
    await expect(page.getByText('is already on this device, unchanged')).toBeVisible();
    await expect(cards).toHaveCount(1);
  });

  await test.step('a file of the same assessment in another state imports as a copy', async () => {
    const file = JSON.parse(readFileSync(exported, 'utf8'));
    file.assessment.step = file.assessment.step + 1;
    const later = join(testInfo.outputDir, 'later.json');
    writeFileSync(later, JSON.stringify(file));
    await page.getByLabel('Assessment file to import').setInputFiles(later);
    await expect(page.getByText('Imported as a copy')).toBeVisible();
    await expect(cards).toHaveCount(2);
  });

  await test.step('delete asks first, then removes one and keeps it gone after a reload', async () => {
    await page.getByRole('button', { name: 'More actions for Harbour View Hotel' }).first().click();
    await page.getByRole('menuitem', { name: 'Delete' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
    await expect(cards).toHaveCount(2);
    await page.getByRole('button', { name: 'More actions for Harbour View Hotel' }).first().click();
    await page.getByRole('menuitem', { name: 'Delete' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
    await expect(cards).toHaveCount(1);
    await page.reload();
    await expect(cards).toHaveCount(1);
  });
});
