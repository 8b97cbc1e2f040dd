import { Download, expect, Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

import { Answers } from '../../src/app/domain/questionnaire/answers';
import { Question, QuestionSet, UNKNOWN } from '../../src/app/domain/questionnaire/question-set';
import { visibleQuestionsOf, visibleView } from '../../src/app/domain/questionnaire/visibility';

// The words of the control scale and "Don't know" as the app shows them in English.
const CONTROL_LABELS: Record<string, string> = {
  '0': 'Not in place',
  '1': 'Written down only',
  '2': 'In use, and the staff concerned know it',
  '3': 'In use and checked (records, refreshers or spot checks)',
  [UNKNOWN]: "Don't know",
};

/** Starts a new assessment of a sector from the home page and returns its id. */
export async function startAssessment(
  page: Page,
  sector: 'Accommodation' | 'Tourism services',
): Promise<string> {
  await page.goto('/');
  await page.getByRole('link', { name: 'New assessment' }).click();
  await page.getByRole('button', { name: `Start ${sector}` }).click();
  await expect(page).toHaveURL(/\/assessments\/[\w-]+\/questions$/);
  return page.url().split('/').at(-2)!;
}

/**
 * Answers the questionnaire as a user would: section by section, only the questions that show,
 * clicking the option labels and typing in text fields, then "Next".
 */
export async function answerSections(
  page: Page,
  set: QuestionSet,
  answers: Answers,
  sectionCount = set.sections.length,
) {
  const view = visibleView(set, answers);
  for (const [index, section] of set.sections.slice(0, sectionCount).entries()) {
    const region = page.getByRole('region', { name: section.title.en, exact: true });
    await expect(region).toBeVisible();
    for (const question of visibleQuestionsOf(section, view)) {
      const value = answers[question.id];
      if (value !== undefined) await answer(page, question, value);
    }
    if (index < set.sections.length - 1 && index < sectionCount - 1) {
      await region.getByRole('button', { name: 'Next' }).click();
    }
  }
}

export async function answer(page: Page, question: Question, value: string): Promise<void> {
  if (question.kind === 'text') {
    await page.getByRole('textbox', { name: question.text.en, exact: true }).fill(value);
    return;
  }
  const label =
    question.kind === 'control' || value === UNKNOWN
      ? CONTROL_LABELS[value]
      : question.options.find((o) => o.value === value)!.label.en;
  await page
    .getByRole('radiogroup', { name: question.text.en, exact: true })
    .getByRole('radio', { name: label, exact: true })
    .check();
}

/** Clicks the PDF button and returns the download once it has finished. */
export async function downloadPdf(page: Page): Promise<Download> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the due-diligence PDF' }).click();
  return downloading;
}

/**
 * What a PDF says and how many pages it has, read with poppler's pdftotext and pdfinfo: `text` as
 * laid out, `pageTexts` page by page, and `flow` in the order it was written with spaces folded,
 * so a sentence that wraps inside a table cell reads as one.
 */
export async function readPdf(download: Download): Promise<{
  bytes: Buffer;
  text: string;
  pageTexts: string[];
  flow: string;
  pages: number;
}> {
  const path = await download.path();
  const bytes = readFileSync(path);
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  const raw = execFileSync('pdftotext', ['-raw', path, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
  // pdftotext ends each page with a form feed.
  const pageTexts = text.split('\f').slice(0, pages);
  return { bytes, text, pageTexts, flow: raw.replace(/\s+/g, ' '), pages };
}
