import AxeBuilder from '@axe-core/playwright';

import { ACCOMMODATION } from '../src/app/domain/questionnaire/sets/accommodation';
import { WELL_CONTROLLED_HOTEL } from '../src/app/domain/testing/sample-answers';
import { expect, test } from './support/fixtures';
import {
  answerSections,
  assessmentView,
  downloadPdf,
  readPdf,
  startAssessment,
} from './support/questionnaire';

test('a well-controlled hotel is Low or Medium with no red flag', async ({ page }) => {
  await startAssessment(page, 'Accommodation');
  await answerSections(page, ACCOMMODATION, WELL_CONTROLLED_HOTEL);
  await page.getByRole('button', { name: 'See your results' }).click();

  await expect(page.locator('.overall-line')).toContainText(/Low|Medium/);
  await expect(page.locator('.overall-line')).not.toContainText(/High|Very high/);
  await expect(page.getByRole('region', { name: 'Red flags' })).toHaveCount(0);
  await expect(page.getByText(/not answered yet/)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Submit for review' })).toBeVisible();

  await page.getByRole('link', { name: 'See the action plan' }).click();
  await expect(page.getByText('your answers show no gap that needs an action')).toBeVisible();
  const pdf = await readPdf(await downloadPdf(page));
  expect(pdf.text).not.toContain('DRAFT');
  expect(pdf.flow).toContain('Questionnaire Accommodation, version 2.0.0');
  expect(pdf.flow).toContain('the answers show no gap that needs an action');
});

test('home, wizard and results have no serious or critical accessibility violation', async ({
  page,
}) => {
  const scan = async (where: string) => {
    const result = await new AxeBuilder({ page }).analyze();
    const serious = result.violations.filter(
      (v) => v.impact === 'serious' || v.impact === 'critical',
    );
    expect(serious.map((v) => `${where}: ${v.id} (${v.nodes.length}) ${v.help}`)).toEqual([]);
  };
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Your assessments' })).toBeVisible();
  await scan('home');
  await startAssessment(page, 'Accommodation');
  await answerSections(page, ACCOMMODATION, WELL_CONTROLLED_HOTEL, 2);
  await scan('wizard');
  await assessmentView(page, 'Results').click();
  await expect(page.getByRole('heading', { name: 'Risk results' })).toBeVisible();
  await page.getByRole('button', { name: /Rooms used to exploit a child/ }).click();
  await scan('results');
});
