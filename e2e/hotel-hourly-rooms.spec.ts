import { ACCOMMODATION } from '../src/app/domain/questionnaire/sets/accommodation';
import { WELL_CONTROLLED_HOTEL } from '../src/app/domain/testing/sample-answers';
import { expect, test } from './support/fixtures';
import { answerSections, downloadPdf, readPdf, startAssessment } from './support/questionnaire';

const HOURLY_NO_ID = {
  ...WELL_CONTROLLED_HOTEL,
  businessName: 'Riverside Inn',
  hourlyRental: 'yes',
  hourlyIdAll: 'no',
};

test('a hotel renting rooms by the hour without identifying occupants is Very high, in the app and the PDF', async ({
  page,
}) => {
  await test.step('answer the accommodation questionnaire', async () => {
    await startAssessment(page, 'Accommodation');
    await answerSections(page, ACCOMMODATION, HOURLY_NO_ID);
    await page.getByRole('button', { name: 'See your results' }).click();
  });

  await test.step('results show Very high with the red flag first', async () => {
    await expect(page.getByRole('heading', { name: 'Risk results' })).toBeVisible();
    await expect(page.locator('.overall-line')).toContainText('Very high');
    const flags = page.getByRole('region', { name: 'Red flags' });
    await expect(flags).toContainText(
      'Rooms rented by the hour without the identity of every occupant',
    );
  });

  await test.step('the PDF downloads, has at least 5 pages and names the red flag', async () => {
    const download = await downloadPdf(page);
    expect(download.suggestedFilename()).toBe('riverside-inn-due-diligence.pdf');
    const pdf = await readPdf(download);
    expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.pages).toBeGreaterThanOrEqual(5);
    expect(pdf.text).toContain('Riverside Inn');
    expect(pdf.text).toContain('Very high');
    expect(pdf.text.replace(/\s+/g, ' ')).toContain(
      'Rooms rented by the hour without the identity of every occupant',
    );
    // The red flag sets the score: the table prints 25, the band of 25, and says why.
    expect(pdf.flow).toContain(
      'Residual risk: raised to Very high by red flag: Rooms rented by the hour without the identity of every occupant. Likelihood 5 × severity 5 = 25.',
    );
    expect(pdf.flow).toContain('25 Very high');
    expect(pdf.flow).not.toMatch(/\b[1-5] Very high/);
    expect(pdf.text).not.toContain('DRAFT');
  });
});
