import { ACCOMMODATION } from '../src/app/domain/questionnaire/sets/accommodation';
import { visibleView } from '../src/app/domain/questionnaire/visibility';
import { WELL_CONTROLLED_HOTEL } from '../src/app/domain/testing/sample-answers';
import { writeAnsweredAssessment } from './support/answered-file';
import { expect, test } from './support/fixtures';
import { answerSections, startAssessment } from './support/questionnaire';

test('a reload in the middle of the wizard keeps every answer and the step', async ({ page }) => {
  await startAssessment(page, 'Accommodation');
  await test.step('answer three sections and start typing in none', async () => {
    await answerSections(page, ACCOMMODATION, WELL_CONTROLLED_HOTEL, 3);
    await expect(page.getByRole('region', { name: 'Where you work', exact: true })).toBeVisible();
    await expect(page.getByText('Saved on this device')).toBeVisible();
  });

  await test.step('go back and type a new name, then reload at once', async () => {
    await page.getByRole('button', { name: /Your business/ }).click();
    await page.getByRole('textbox', { name: 'Property name' }).fill('Harbour View Hotel & Spa');
    await page.reload();
  });

  await test.step('everything is still there, on the same step', async () => {
    await expect(page.getByRole('region', { name: 'Your business', exact: true })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Property name' })).toHaveValue(
      'Harbour View Hotel & Spa',
    );
    await expect(
      page
        .getByRole('radiogroup', { name: 'What kind of property is it?' })
        .getByRole('radio', { name: 'Hotel or resort' }),
    ).toBeChecked();
    await page.getByRole('button', { name: /Where you work/ }).click();
    const hotspot = page.getByRole('radiogroup', { name: /known for the sexual exploitation/ });
    await expect(hotspot.getByRole('radio', { name: 'No', exact: true })).toBeChecked();
    const firstThree = ACCOMMODATION.sections
      .slice(0, 3)
      .flatMap((s) => s.questions.map((q) => q.id));
    const answered = Object.keys(WELL_CONTROLLED_HOTEL).filter((id) =>
      firstThree.includes(id),
    ).length;
    const total = visibleView(ACCOMMODATION, WELL_CONTROLLED_HOTEL).questionIds.size;
    await expect(page.getByText(`${answered} of ${total} questions answered`)).toBeVisible();
  });
});

test('a reload at once after an import or a plan note keeps them', async ({ page }, testInfo) => {
  await test.step('import a file and reload as soon as it is listed', async () => {
    const file = writeAnsweredAssessment(testInfo.outputDir, 'riverside', 'Riverside Inn');
    await page.goto('/');
    await page.getByLabel('Assessment file to import').setInputFiles(file);
    const cards = page.getByRole('listitem');
    await expect(cards).toHaveCount(1);
    await page.reload();
    await expect(cards).toHaveCount(1);
    await expect(cards.first()).toContainText('Riverside Inn');
  });

  await test.step('type a plan note and reload before the pause is over', async () => {
    await page.getByRole('link', { name: 'Action plan' }).click();
    await expect(page.getByRole('heading', { name: 'Action plan' })).toBeVisible();
    await page.getByRole('textbox', { name: 'Note' }).first().fill('Night manager checks IDs');
    await page.reload();
    await expect(page.getByRole('textbox', { name: 'Note' }).first()).toHaveValue(
      'Night manager checks IDs',
    );
  });
});
