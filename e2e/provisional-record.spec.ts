import { expect, test } from './support/fixtures';
import { assessmentView, downloadPdf, readPdf, startAssessment } from './support/questionnaire';

test('a half-done assessment says so in the plan, the results and on every page of the PDF', async ({
  page,
}) => {
  await test.step('answer only the name and the country', async () => {
    await startAssessment(page, 'Accommodation');
    await page.getByRole('textbox', { name: 'Property name', exact: true }).fill('Half Way Inn');
    await page.getByRole('textbox', { name: 'Country', exact: true }).fill('Benin');
    await expect(page.getByText('Saved on this device')).toBeVisible();
  });

  await test.step('the plan asks for the remaining answers first and never says "no gap"', async () => {
    await assessmentView(page, 'Action plan').click();
    await expect(page.getByRole('heading', { name: 'Action plan' })).toBeVisible();
    await expect(
      page.getByRole('heading', { name: /^First, answer the remaining \d+ questions$/ }),
    ).toBeVisible();
    await expect(page.getByText(/no gap/)).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'What kind of property is it?' })).toBeVisible();
  });

  await test.step('results cannot be submitted until complete', async () => {
    await assessmentView(page, 'Results').click();
    await expect(page.getByRole('heading', { name: 'Risk results' })).toBeVisible();
    await expect(page.getByText('Only a complete assessment can be submitted.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Submit for review' })).toHaveCount(0);
  });

  await test.step('the PDF is a draft on every page and states nothing nobody answered', async () => {
    const pdf = await readPdf(await downloadPdf(page));
    expect(pdf.pages).toBeGreaterThan(3);
    for (const [index, text] of pdf.pageTexts.entries()) {
      expect(text, `page ${index + 1}`).toMatch(/DRAFT — \d+ questions are not answered yet/);
    }
    expect(pdf.flow).not.toContain('no gap');
    expect(pdf.flow).not.toContain('Destination: a known place of exploitation nearby');
    expect(pdf.flow).toContain(
      'the question on known places of exploitation nearby is not answered yet, so it counts as if there were one',
    );
    expect(pdf.flow).toMatch(/First, answer the remaining \d+ questions/);
  });
});
