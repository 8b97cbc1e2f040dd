import { TOURISM_SERVICES } from '../src/app/domain/questionnaire/sets/tourism-services';
import { ORPHANAGE_TOUR_OPERATOR } from '../src/app/domain/testing/sample-answers';
import { expect, test } from './support/fixtures';
import { answerSections, startAssessment } from './support/questionnaire';

test('a tour operator offering orphanage visits is Very high with the orphanage red flag', async ({
  page,
}) => {
  await test.step('answer the tourism-services questionnaire', async () => {
    await startAssessment(page, 'Tourism services');
    await answerSections(page, TOURISM_SERVICES, ORPHANAGE_TOUR_OPERATOR);
    await page.getByRole('button', { name: 'See your results' }).click();
  });

  await test.step('results show Very high and the orphanage red flag', async () => {
    await expect(page.locator('.overall-line')).toContainText('Very high');
    await expect(page.getByRole('region', { name: 'Red flags' })).toContainText(
      "Orphanage or children's home visits or volunteering in products",
    );
  });

  await test.step('the action plan puts removing the visits first, with its what-if', async () => {
    await page.getByRole('link', { name: 'See the action plan' }).click();
    const first = page.locator('app-action-card').first();
    await expect(first).toContainText('Priority: Immediate');
    await expect(first).toContainText(
      "Orphanage and children's home visits or volunteering: no longer applies (now Very high, 25)",
    );
  });
});
