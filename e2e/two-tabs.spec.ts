import { expect } from '@playwright/test';
import { mkdirSync } from 'node:fs';

import { ACCOMMODATION } from '../src/app/domain/questionnaire/sets/accommodation';
import { WORKED_EXAMPLE_HOTEL } from '../src/app/domain/testing/sample-answers';
import { writeAnsweredAssessment } from './support/answered-file';
import { test } from './support/fixtures';
import { startAssessment } from './support/questionnaire';
import { HOURLY_QUESTION, submissionOf, writeSubmission } from './support/submissions';

// A manager has Haven open in two tabs (or a phone's browser kept an old tab): both edit the same
// assessment. Neither tab's edits may wipe the other's, and each shows the other's within a second.

test('two tabs on one assessment show each other’s edits and keep both', async ({ context }) => {
  const first = await context.newPage();
  const id = await startAssessment(first, 'Accommodation');
  const second = await context.newPage();
  await second.goto(`/assessments/${id}/questions`);
  const name = (page: typeof first) => page.getByRole('textbox', { name: 'Property name' });
  const town = (page: typeof first) =>
    page.getByRole('textbox', { name: 'Town or area', exact: true });
  // The second tab shows the form before the first types: the 1.5 s below bound how long an edit
  // takes to cross, not how long a tab takes to start.
  await expect(name(second)).toBeEditable();

  await name(first).pressSequentially('Harbour View Hotel');
  await expect(name(second)).toHaveValue('Harbour View Hotel', { timeout: 1_500 });

  await town(second).pressSequentially('Mombasa');
  await expect(town(first)).toHaveValue('Mombasa', { timeout: 1_500 });

  // Both tabs typed at once, in different fields: both words are kept.
  await Promise.all([
    name(first).pressSequentially(' & Spa'),
    town(second).pressSequentially(' North'),
  ]);
  for (const page of [first, second]) {
    await expect(name(page)).toHaveValue('Harbour View Hotel & Spa', { timeout: 1_500 });
    await expect(town(page)).toHaveValue('Mombasa North', { timeout: 1_500 });
  }

  // The field the user is in changes underneath them: they are told.
  await name(second).focus();
  await name(first).fill('Harbour View Resort');
  await expect(name(second)).toHaveValue('Harbour View Resort', { timeout: 1_500 });
  await expect(second.getByText('What you are editing was just changed')).toBeVisible();

  await first.close();
  await second.reload();
  await expect(name(second)).toHaveValue('Harbour View Resort');
  await expect(town(second)).toHaveValue('Mombasa North');
});

test('a plan note typed in one tab appears in the other', async ({ context }, testInfo) => {
  const first = await context.newPage();
  const id = 'two-tab-plan';
  await first.goto('/');
  await first
    .getByLabel('Assessment file to import')
    .setInputFiles(writeAnsweredAssessment(testInfo.outputDir, id, 'Riverside Inn'));
  await expect(first.getByRole('listitem').filter({ hasText: 'Riverside Inn' })).toBeVisible();
  await first.goto(`/assessments/${id}/plan`);
  const second = await context.newPage();
  await second.goto(`/assessments/${id}/plan`);
  const note = (page: typeof first) => page.getByRole('textbox', { name: 'Note' }).first();
  await expect(note(second)).toBeEditable();
  await note(first).pressSequentially('Train the night staff');
  await expect(note(second)).toHaveValue('Train the night staff', { timeout: 1_500 });
});

test('a review open in two tabs keeps the remarks and the note typed in each', async ({
  context,
}, testInfo) => {
  const submission = submissionOf(ACCOMMODATION, WORKED_EXAMPLE_HOTEL, {
    submissionId: 'two-tab-review',
    businessId: 'two-tab-business',
    submittedAt: '2026-11-20T09:00:00.000Z',
  });
  mkdirSync(testInfo.outputDir, { recursive: true });
  const first = await context.newPage();
  await first.goto('/review');
  await first
    .getByLabel('Submission files to import')
    .setInputFiles(writeSubmission(testInfo.outputDir, 'hotel.json', submission));
  await expect(first.getByRole('status').filter({ hasText: 'Checked' })).toContainText('1 added');
  await first.goto('/review/two-tab-review');
  const second = await context.newPage();
  await second.goto('/review/two-tab-review');
  const note = (page: typeof first) => page.getByLabel('Note to the business');
  const remark = (page: typeof first) =>
    page
      .getByRole('article')
      .filter({ hasText: HOURLY_QUESTION })
      .getByLabel('Comment on this answer');
  await expect(note(first)).toBeEditable();
  await expect(note(second)).toBeEditable();

  await Promise.all([
    remark(first).pressSequentially('Describe how day-use guests are identified.'),
    note(second).pressSequentially('One answer needs work.'),
  ]);
  for (const page of [first, second]) {
    await expect(remark(page)).toHaveValue('Describe how day-use guests are identified.', {
      timeout: 1_500,
    });
    await expect(note(page)).toHaveValue('One answer needs work.', { timeout: 1_500 });
  }
  await second.reload();
  await expect(remark(second)).toHaveValue('Describe how day-use guests are identified.');
  await expect(note(second)).toHaveValue('One answer needs work.');
});
