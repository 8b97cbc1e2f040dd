import { Locator, Page } from '@playwright/test';

import { CONTROL_LEVELS, Question, UNKNOWN } from '../src/app/domain/questionnaire/question-set';
import { ACCOMMODATION } from '../src/app/domain/questionnaire/sets/accommodation';
import { visibleQuestionsOf, visibleView } from '../src/app/domain/questionnaire/visibility';
import { WELL_CONTROLLED_HOTEL } from '../src/app/domain/testing/sample-answers';
import { expect, test } from './support/fixtures';

// The whole assessment with the keyboard alone: Tab, Shift+Tab, arrows, Space and Enter. Focus
// lands on the page heading after each route and on the step's header after "Next"; a missing
// required answer is announced and focused; nothing is unreachable and no focus is trapped.

test('a manager does the whole assessment with the keyboard alone', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Your assessments' })).toBeVisible();

  await test.step('open a new accommodation assessment', async () => {
    await tabTo(page, page.getByRole('link', { name: 'New assessment' }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await tabTo(page, page.getByRole('button', { name: 'Start Accommodation' }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'New assessment', level: 1 })).toBeFocused();
  });

  await test.step('"Next" without the required answers: told, and taken to the first', async () => {
    await tabTo(page, page.getByRole('button', { name: 'Next' }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('textbox', { name: 'Property name' })).toBeFocused();
    await expect(page.locator('.cdk-live-announcer-element')).toContainText(
      'required questions of this section first',
    );
  });

  const view = visibleView(ACCOMMODATION, WELL_CONTROLLED_HOTEL);
  for (const [index, section] of ACCOMMODATION.sections.entries()) {
    await test.step(`answer "${section.title.en}"`, async () => {
      for (const question of visibleQuestionsOf(section, view)) {
        await answerByKeyboard(page, question, WELL_CONTROLLED_HOTEL[question.id]);
      }
      const isLast = index === ACCOMMODATION.sections.length - 1;
      await tabTo(page, page.getByRole('button', { name: isLast ? 'See your results' : 'Next' }));
      await page.keyboard.press('Enter');
      if (!isLast) {
        // The next step's header takes focus, in view.
        const header = page.locator('.mat-step-header').nth(index + 1);
        await expect(header).toBeFocused();
        await expect(header).toBeInViewport();
      }
    });
  }

  await test.step('read the results: focus on the heading, a risk opened with Enter', async () => {
    await expect(page.getByRole('heading', { name: 'Risk results' })).toBeFocused();
    await expect(page.locator('.overall-line')).toContainText('Low');
    const firstRisk = page.locator('mat-expansion-panel-header').first();
    await tabTo(page, firstRisk);
    await page.keyboard.press('Enter');
    await expect(firstRisk).toHaveAttribute('aria-expanded', 'true');
  });

  await test.step('open the plan and download the PDF', async () => {
    await tabTo(page, page.getByRole('link', { name: 'See the action plan' }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Action plan' })).toBeFocused();
    const pdfButton = page.getByRole('button', { name: 'Download the due-diligence PDF' });
    await tabTo(page, pdfButton);
    const downloading = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    expect((await downloading).suggestedFilename()).toBe('harbour-view-hotel-due-diligence.pdf');
    // The button keeps focus while the PDF is made.
    await expect(pdfButton).toBeFocused();
  });
});

/** Presses Tab until the target has focus; fails if it never comes (unreachable or trapped). */
async function tabTo(page: Page, target: Locator, maxPresses = 80): Promise<void> {
  await expect(target).toBeVisible();
  for (let i = 0; i < maxPresses; i++) {
    if (
      await target.evaluate(
        (el) => el === document.activeElement || el.contains(document.activeElement),
      )
    ) {
      return;
    }
    await page.keyboard.press('Tab');
  }
  throw new Error(`${target} was not reached in ${maxPresses} presses of Tab`);
}

/** A text is typed; an option is chosen with the arrow keys, the first one with Space. */
async function answerByKeyboard(page: Page, question: Question, value: string): Promise<void> {
  if (question.kind === 'text') {
    const box = page.getByRole('textbox', { name: question.text.en, exact: true });
    await tabTo(page, box);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(value);
    return;
  }
  const group = page.getByRole('radiogroup', { name: question.text.en, exact: true });
  await tabTo(page, group);
  const values =
    question.kind === 'control'
      ? [...CONTROL_LEVELS, UNKNOWN]
      : [...question.options.map((o) => o.value), ...(question.allowsUnknown ? [UNKNOWN] : [])];
  const target = values.indexOf(value);
  const checked = await group
    .getByRole('radio')
    .evaluateAll((radios) => radios.findIndex((r) => (r as HTMLInputElement).checked));
  const from = Math.max(checked, 0);
  if (checked < 0 && target === 0) await page.keyboard.press('Space');
  for (let i = from; i < target; i++) await page.keyboard.press('ArrowDown');
  await expect(group.getByRole('radio').nth(target)).toBeChecked();
}
