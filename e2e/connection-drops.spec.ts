import { ACCOMMODATION } from '../src/app/domain/questionnaire/sets/accommodation';
import { WELL_CONTROLLED_HOTEL } from '../src/app/domain/testing/sample-answers';
import { expect, test } from './support/fixtures';
import { answerSections, assessmentView, startAssessment } from './support/questionnaire';

test('when the connection drops mid-assessment the user can finish, see results and the plan', async ({
  page,
  context,
}) => {
  await startAssessment(page, 'Accommodation');
  // Every page of the app is preloaded after start; wait for that before the connection goes.
  await page.waitForLoadState('networkidle');
  await context.setOffline(true);

  await answerSections(page, ACCOMMODATION, WELL_CONTROLLED_HOTEL);
  await expect(page.getByText('Saved on this device')).toBeVisible();
  await page.getByRole('button', { name: 'See your results' }).click();
  await expect(page.locator('.overall-line')).toContainText('Low');
  await assessmentView(page, 'Action plan').click();
  await expect(page.getByRole('heading', { name: 'Action plan' })).toBeVisible();
});
