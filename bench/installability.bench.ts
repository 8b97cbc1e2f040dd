import { chromium, test } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { record } from './support/figures';
import { PHONE } from './support/page-clock';

// What Chromium itself says stops it offering to install Haven (manifest, icons, service worker).
test('installability: Chromium reports no installability errors on the home page', async ({
  baseURL,
  launchOptions,
}) => {
  // A real profile: Chromium never offers to install from an incognito context, which is what
  // browser.newContext() makes.
  const profile = mkdtempSync(join(tmpdir(), 'haven-bench-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    ...launchOptions,
    ...PHONE,
    baseURL,
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto('/');
    await page.getByRole('link', { name: 'New assessment' }).first().waitFor();
    // Once Haven registers a service worker, installability waits for it to control the page.
    await page.evaluate(async () => {
      if (!(await navigator.serviceWorker?.getRegistration())) return;
      const ready = navigator.serviceWorker.ready;
      await Promise.race([ready, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    });
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    const errors = installabilityErrors.map(({ errorId, errorArguments }) =>
      [errorId, ...errorArguments.map((a) => `${a.name}=${a.value}`)].join(' '),
    );
    // The manifest Chromium read, so an empty error list is not a manifest it never saw.
    const manifest = await cdp.send('Page.getAppManifest');
    record({
      figure: 'installability.errors',
      unit: 'errors',
      value: errors.length,
      budget: 0,
      errors,
      manifest: manifest.url,
      manifestErrors: manifest.errors.map((e) => e.message),
    });
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
