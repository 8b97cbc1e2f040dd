import { Download, expect, Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

import { Answers } from '../../src/app/domain/questionnaire/answers';
import { Question, QuestionSet, UNKNOWN } from '../../src/app/domain/questionnaire/question-set';
import { visibleQuestionsOf, visibleView } from '../../src/app/domain/questionnaire/visibility';
import { LanguageId, Wording, wordingOf } from './translations';

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
 * clicking the option labels and typing in text fields, then "Next" — in the page's language.
 */
export async function answerSections(
  page: Page,
  set: QuestionSet,
  answers: Answers,
  sectionCount = set.sections.length,
  language: LanguageId = 'en',
) {
  const wording = wordingOf(language);
  const view = visibleView(set, answers);
  for (const [index, section] of set.sections.slice(0, sectionCount).entries()) {
    const region = page.getByRole('region', { name: wording.content(section.title), exact: true });
    await expect(region).toBeVisible();
    for (const question of visibleQuestionsOf(section, view)) {
      const value = answers[question.id];
      if (value !== undefined) await answer(page, question, value, wording);
    }
    if (index < set.sections.length - 1 && index < sectionCount - 1) {
      await region.getByRole('button', { name: wording.message('wizard.next') }).click();
    }
  }
}

export async function answer(
  page: Page,
  question: Question,
  value: string,
  wording: Wording = wordingOf('en'),
): Promise<void> {
  const name = wording.content(question.text);
  if (question.kind === 'text') {
    await page.getByRole('textbox', { name, exact: true }).fill(value);
    return;
  }
  const label =
    value === UNKNOWN
      ? wording.message('answer.dontKnow')
      : question.kind === 'control'
        ? wording.message(`controlLevel.${value}`)
        : wording.content(question.options.find((o) => o.value === value)!.label);
  await page
    .getByRole('radiogroup', { name, exact: true })
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

/** One of the three views of an open assessment (Questions, Results, Action plan), by its link. */
export function assessmentView(page: Page, name: 'Questions' | 'Results' | 'Action plan') {
  return page
    .getByRole('navigation', { name: 'This assessment' })
    .getByRole('link', { name, exact: true });
}
