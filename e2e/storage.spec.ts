import AxeBuilder from '@axe-core/playwright';

import { expect, test } from './support/fixtures';

// Everything Haven holds is in this browser's storage: the user can see whether the browser keeps
// it, how much room it takes, and what would lose it.
test('the storage page says whether the browser keeps Haven’s data and how much it uses', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Storage on this device' }).click();
  await expect(page.getByRole('heading', { name: 'Storage on this device' })).toBeVisible();
  // Headless Chromium does not grant persistent storage to a site it has barely seen.
  await expect(page.getByText(/^(Kept|Not protected):/)).toBeVisible();
  await expect(page.getByText(/Haven uses [\d.,]+ [kMG]B of the [\d.,]+ [kMG]B/)).toBeVisible();
  await expect(page.getByText('the files you export are the only copies')).toBeVisible();
  const askAgain = page.getByRole('button', { name: "Ask the browser to keep Haven's data" });
  if (await askAgain.isVisible()) {
    await askAgain.click();
    await expect(page.getByText(/The browser did not agree|^Kept:/)).toBeVisible();
  }
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});
