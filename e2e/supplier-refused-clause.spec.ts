import { SUPPLIER_SETS } from '../src/app/domain/questionnaire/sets/supplier-sets';
import { expect, test } from './support/fixtures';
import { answerSections } from './support/questionnaire';

// Every answer of the supplier is the safe one; only the register says it refused the clause.
const CAREFUL_GUIDE = {
  businessName: 'Mekong Guides',
  country: 'Laos',
  locality: 'Luang Prabang',
  assessedBy: 'Purchasing',
  ctxChildrenWorking: 'no',
  ctxWeakEnforcement: 'no',
  ctxHotspot: 'no',
  guideSteering: 'no',
  childPhotos: 'no',
  freelanceGuides: 'no',
  ctlPolicy: '3',
  ctlTraining: '3',
  ctlClause: '3',
  ctlLocalContacts: '3',
  ctlAnnualReview: '3',
  ctlGuideConduct: '3',
  pastIncident: 'no',
};

test('a supplier that refused the clause is Very high in the register, on its page and in its plan', async ({
  page,
}) => {
  await test.step('register the supplier with the clause refused', async () => {
    await page.goto('/suppliers');
    await page.getByRole('button', { name: 'Add a supplier' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Business name').fill('Mekong Guides');
    await dialog.getByRole('combobox', { name: 'Category' }).click();
    await page.getByRole('option', { name: 'Guides and tour leaders' }).click();
    await dialog.getByLabel('Country').fill('Laos');
    await dialog.getByLabel('Nights or passengers a year').fill('300');
    await dialog.getByRole('combobox', { name: 'Child-protection clause' }).click();
    await page.getByRole('option', { name: 'Refused' }).click();
    await dialog.getByRole('button', { name: 'Save' }).click();
  });

  await test.step('assess it at the desk with every answer the safe one', async () => {
    await page.getByRole('link', { name: /Mekong Guides/ }).click();
    await page.getByRole('button', { name: 'Assess at your desk' }).click();
    await answerSections(page, SUPPLIER_SETS.guides, CAREFUL_GUIDE);
    await page.getByRole('button', { name: 'See your results' }).click();
  });

  await test.step('its results say Very high, name the refusal, and the plan says what to do', async () => {
    await expect(page.locator('.overall-line')).toContainText('Very high');
    await expect(page.getByRole('region', { name: 'Red flags' })).toContainText(
      'The supplier refused the child-protection clause',
    );
    await page.getByRole('link', { name: 'See the action plan' }).click();
    await expect(page.locator('app-action-card').first()).toContainText(
      'Pause new bookings with this supplier',
    );
    await expect(page.locator('.actions')).not.toContainText('The Code');
    // Where the user types what the PDF prints, it says what never to write.
    await expect(
      page
        .locator('app-action-card')
        .first()
        .getByText('Never write names or details of children, guests or suspected offenders.'),
    ).toBeVisible();
  });

  await test.step('the register shows the same band', async () => {
    await page.getByRole('link', { name: 'Suppliers', exact: true }).click();
    const row = page.getByRole('listitem').filter({ hasText: 'Mekong Guides' });
    await expect(row).toContainText('Very high');
  });
});
