import AxeBuilder from '@axe-core/playwright';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { ACCOMMODATION } from '../src/app/domain/questionnaire/sets/accommodation';
import { TOURISM_SERVICES } from '../src/app/domain/questionnaire/sets/tourism-services';
import {
  ORPHANAGE_TOUR_OPERATOR,
  WELL_CONTROLLED_HOTEL,
  WORKED_EXAMPLE_HOTEL,
} from '../src/app/domain/testing/sample-answers';
import { expect, test } from './support/fixtures';
import { answerSections, assessmentView, readPdf, startAssessment } from './support/questionnaire';
import { HOURLY_QUESTION, submissionOf, writeSubmission } from './support/submissions';

const HOURLY_WITHOUT_ID = {
  ...WORKED_EXAMPLE_HOTEL,
  businessName: 'Riverside Inn',
  hourlyIdAll: 'no',
};

test('a business submits, Code staff review three submissions (one tampered), the business reads the review', async ({
  page,
  browser,
}, testInfo) => {
  // A whole questionnaire, two PDFs and a second browser context: ~22 s quiet, 40 s under load.
  test.setTimeout(120_000);
  const dir = testInfo.outputDir;
  mkdirSync(dir, { recursive: true });

  const submissionPath =
    await test.step('the business submits its assessment: a sealed file and the PDF', async () => {
      await startAssessment(page, 'Accommodation');
      await answerSections(page, ACCOMMODATION, HOURLY_WITHOUT_ID);
      await page.getByRole('button', { name: 'See your results' }).click();
      await page.getByRole('button', { name: 'Submit for review' }).click();
      const downloads: Promise<import('@playwright/test').Download>[] = [];
      page.on('download', (d) => downloads.push(Promise.resolve(d)));
      await page.getByRole('dialog').getByRole('button', { name: 'Submit' }).click();
      await expect(page.getByRole('heading', { name: 'Submitted for review' })).toBeVisible();
      await expect.poll(() => downloads.length).toBe(2);
      const [json, pdf] = await Promise.all(downloads);
      expect(json.suggestedFilename()).toBe('riverside-inn-haven-submission.json');
      expect(pdf.suggestedFilename()).toBe('riverside-inn-due-diligence.pdf');
      const path = join(dir, 'riverside.json');
      await json.saveAs(path);

      // Locked: the answers can be read but not changed.
      await assessmentView(page, 'Questions').click();
      await expect(page.getByRole('note')).toContainText('these answers are locked');
      await expect(page.getByRole('radio').first()).toBeDisabled();
      return path;
    });

  const files =
    await test.step('two other businesses send theirs; one was edited and sealed again, one edited after sealing', async () => {
      const orphanage = writeSubmission(
        dir,
        'sunrise.json',
        submissionOf(TOURISM_SERVICES, ORPHANAGE_TOUR_OPERATOR, {
          submissionId: 'sub-sunrise',
          businessId: 'biz-sunrise',
          submittedAt: '2026-11-02T09:00:00.000Z',
        }),
      );
      // Someone replaced the answers (rooms by the hour, weaker safeguards) but kept the Low result,
      // then sealed the file again: the seal holds, the recomputed score does not.
      const honest = submissionOf(ACCOMMODATION, WELL_CONTROLLED_HOTEL, {
        submissionId: 'sub-harbour',
        businessId: 'biz-harbour',
        submittedAt: '2026-11-03T09:00:00.000Z',
      });
      const riskier = submissionOf(ACCOMMODATION, WORKED_EXAMPLE_HOTEL, {
        submissionId: 'x',
        businessId: 'x',
        submittedAt: honest.submittedAt,
      });
      const resealed = writeSubmission(dir, 'harbour.json', {
        ...honest,
        answers: riskier.answers,
      });
      // And a file edited after sealing: refused.
      const broken = JSON.parse(readFileSync(orphanage, 'utf8'));
      broken.submissionId = 'sub-other';
      broken.answers.orphanageVisits = 'no';
      const brokenPath = join(dir, 'edited.json');
      writeFileSync(brokenPath, JSON.stringify(broken));
      return [submissionPath, orphanage, resealed, brokenPath];
    });

  const reviewer = await browser.newContext(testInfo.project.use);
  const staff = await reviewer.newPage();
  const responsePath =
    await test.step('the reviewer imports them: each checked, the queue ordered red flags first', async () => {
      await staff.goto('/review');
      await staff.getByLabel('Your name, as reviewer').fill('A. Reviewer');
      await staff.getByLabel('Submission files to import').setInputFiles(files);
      await expect(staff.getByRole('status').filter({ hasText: 'Checked' })).toHaveText(
        'Checked 4 files: 3 added, 1 refused.',
      );
      await expect(staff.getByText('edited.json')).toBeVisible();
      await expect(staff.getByText('no longer matches its SHA-256 digest')).toBeVisible();
      await expect(
        staff.getByText('the result written in the file is not what Haven computes'),
      ).toBeVisible();

      const rows = staff.getByRole('list', { name: 'Submissions' }).getByRole('listitem');
      await expect(rows).toHaveCount(3);
      await expect(rows.nth(0).getByLabel('Red flag')).toBeVisible();
      await expect(rows.nth(1).getByLabel('Red flag')).toBeVisible();
      await expect(rows.nth(2)).toContainText('Harbour View Hotel');
      await expect(rows.nth(2)).toContainText("Result differs from Haven's");
      await expect(rows.nth(2).getByLabel('Red flag')).toHaveCount(0);

      await staff.getByLabel('Search business name').fill('river');
      await expect(rows).toHaveCount(1);
      await rows.first().getByRole('link').click();

      await expect(staff.getByRole('heading', { name: 'Riverside Inn' })).toBeVisible();
      await expect(staff.getByText('Seal checked')).toBeVisible();
      await expect(staff.getByText('the same result as the file records')).toBeVisible();
      const answer = staff.getByRole('article').filter({ hasText: HOURLY_QUESTION });
      await expect(answer).toContainText('Raises the red flag');
      await answer
        .getByLabel('Comment on this answer')
        .fill('Please describe how day-use guests are identified.');
      await answer.getByLabel('Evidence requested').check();
      await staff.getByRole('combobox', { name: 'Status' }).click();
      await staff.getByRole('option', { name: 'Changes requested' }).click();
      await staff
        .getByLabel('Note to the business')
        .fill('Thank you. One answer needs work before we can accept.');

      const letterDownload = staff.waitForEvent('download');
      await staff.getByRole('button', { name: 'Review letter (PDF)' }).click();
      const letter = await readPdf(await letterDownload);
      const text = letter.text.replace(/\s+/g, ' ');
      expect(text).toContain('Changes requested');
      expect(text).toContain('Please describe how day-use guests are identified.');
      expect(text).toContain('Please send evidence.');
      expect(text).toContain('Reviewed by A. Reviewer');

      const responseDownload = staff.waitForEvent('download');
      await staff.getByRole('button', { name: 'Review response file' }).click();
      const path = join(dir, 'response.json');
      await (await responseDownload).saveAs(path);

      // The review is kept on the reviewer's device.
      await staff.goto('/review');
      await expect(staff.getByRole('listitem').filter({ hasText: 'Riverside Inn' })).toContainText(
        'Changes requested',
      );
      return path;
    });
  await reviewer.close();

  await test.step('the business imports the review response and sees the comment beside its answer', async () => {
    await assessmentView(page, 'Results').click();
    await page.getByLabel('Review response to import').setInputFiles(responsePath);
    await expect(page.getByRole('heading', { name: 'Review: Changes requested' })).toBeVisible();
    const comment = page.getByRole('listitem').filter({ hasText: HOURLY_QUESTION });
    await expect(comment).toContainText('Your answer: No');
    await expect(comment).toContainText('Please describe how day-use guests are identified.');
    await expect(comment).toContainText('Evidence requested');
  });

  await test.step('the same response opened again changes nothing, and says so', async () => {
    await page.getByLabel('Review response to import').setInputFiles(responsePath);
    await expect(page.getByText('this review is already attached to the submission')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Review: Changes requested' })).toBeVisible();
  });

  await test.step('next year starts from this submission, with the answers carried over', async () => {
    await page.getByRole('button', { name: "Start next year's assessment from it" }).click();
    await expect(page).toHaveURL(/\/questions$/);
    await expect(page.getByRole('textbox', { name: 'Property name' })).toHaveValue('Riverside Inn');
    await expect(page.getByRole('textbox', { name: 'Property name' })).toBeEnabled();
  });
});

test('year over year: a business with two submissions shows what changed', async ({
  page,
}, testInfo) => {
  mkdirSync(testInfo.outputDir, { recursive: true });
  const ids = { businessId: 'biz-riverside' };
  const lastYear = writeSubmission(
    testInfo.outputDir,
    '2025.json',
    submissionOf(
      ACCOMMODATION,
      HOURLY_WITHOUT_ID,
      {
        ...ids,
        submissionId: 'sub-2025',
        submittedAt: '2025-11-10T09:00:00.000Z',
      },
      { 'adopt-policy': { owner: 'GM', due: '', status: 'in-progress', note: '' } },
    ),
  );
  const thisYear = writeSubmission(
    testInfo.outputDir,
    '2026.json',
    submissionOf(
      ACCOMMODATION,
      { ...WELL_CONTROLLED_HOTEL, businessName: 'Riverside Inn' },
      {
        ...ids,
        submissionId: 'sub-2026',
        submittedAt: '2026-11-10T09:00:00.000Z',
      },
      { 'adopt-policy': { owner: 'GM', due: '', status: 'done', note: 'Signed in March' } },
    ),
  );

  await page.goto('/review');
  await page.getByLabel('Submission files to import').setInputFiles([thisYear, lastYear]);
  await expect(page.getByRole('status').filter({ hasText: 'Checked' })).toHaveText(
    'Checked 2 files: 2 added, 0 refused.',
  );
  const rows = page.getByRole('list', { name: 'Submissions' }).getByRole('listitem');
  // Open this year's submission.
  await rows.filter({ hasText: 'Nov 10, 2026' }).getByRole('link').click();

  const since = page.getByRole('region', { name: /Since the submission of Nov 10, 2025/ });
  await expect(since).toBeVisible();
  await expect(since.getByText('Overall band:')).toBeVisible();
  await expect(since.locator('app-band-badge').first()).toHaveText(/Very high/);
  await expect(since.locator('app-band-badge').nth(1)).toHaveText(/Low|Medium/);
  await expect(since).toContainText(`${HOURLY_QUESTION}`);
  await expect(since).toContainText('Risks whose band moved');
  await expect(since).toContainText('Actions done since');
  await expect(since.getByRole('heading', { name: /Answers that changed \(\d+\)/ })).toBeVisible();

  // The reviewer's pages, like the business's, have no serious or critical accessibility problem.
  for (const url of [page.url(), '/review']) {
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const { violations } = await new AxeBuilder({ page }).analyze();
    const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  }
});
