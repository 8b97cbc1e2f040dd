import { Browser, chromium, expect, Page, test } from '@playwright/test';
import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import chromiumFlags from './chromium-flags.json';
import { writeAnsweredAssessment } from './support/answered-file';

// A word typed is a word kept: a phone's battery dies, or the browser is swiped away, a moment
// after the last keystroke. The browser is killed outright (SIGKILL: no unload, no pagehide) and
// started again on the same profile.

const NAME = 'Harbour View Hotel';
const NOTE = 'Ask the night manager for the visitor log';

// The runner's tracing attaches to every browser a test connects to, and fails when the process it
// records is killed under it: these browsers are killed on purpose.
test.use({ trace: 'off', screenshot: 'off', video: 'off' });

test('text typed 300 ms before the browser is killed is there when it starts again', async ({
  baseURL,
}, testInfo) => {
  const profile = mkdtempSync(join(tmpdir(), 'haven-killed-'));
  const running = new Set<RunningChromium>();
  const start = async () => {
    const chrome = await startChromium(profile);
    running.add(chrome);
    return chrome;
  };
  const stop = async (chrome: RunningChromium) => {
    running.delete(chrome);
    await kill(chrome);
  };
  try {
    await test.step('an answer in the wizard', async () => {
      let chrome = await start();
      let page = await firstPage(chrome.browser);
      await page.goto(`${baseURL}/new`);
      await page.getByRole('button', { name: 'Start Accommodation' }).click();
      await expect(page).toHaveURL(/\/assessments\/[\w-]+\/questions$/);
      const wizard = page.url();
      await page.getByRole('textbox', { name: 'Property name' }).pressSequentially(NAME);
      // The moment the phone dies: part of the scenario, not a wait for the app.
      await page.waitForTimeout(300);
      await stop(chrome);

      chrome = await start();
      page = await firstPage(chrome.browser);
      await page.goto(wizard);
      await expect(page.getByRole('textbox', { name: 'Property name' })).toHaveValue(NAME);
      await stop(chrome);
    });

    await test.step('a note in the action plan', async () => {
      let chrome = await start();
      let page = await firstPage(chrome.browser);
      const plan = `${baseURL}/assessments/${await importAnswered(page, baseURL!, testInfo.outputDir)}/plan`;
      await page.goto(plan);
      await page.getByRole('textbox', { name: 'Note' }).first().pressSequentially(NOTE);
      await page.waitForTimeout(300);
      await stop(chrome);

      chrome = await start();
      page = await firstPage(chrome.browser);
      await page.goto(plan);
      await expect(page.getByRole('textbox', { name: 'Note' }).first()).toHaveValue(NOTE);
      await stop(chrome);
    });
  } finally {
    // A failed step leaves its browser running: stop it before removing its profile.
    for (const chrome of running) await kill(chrome);
    rmSync(profile, { recursive: true, force: true });
  }
});

test('text typed just before the tab is closed is there in a new tab', async ({
  context,
}, testInfo) => {
  const page = await context.newPage();
  const id = await importAnswered(page, '', testInfo.outputDir);
  await page.goto(`/assessments/${id}/plan`);
  await page.getByRole('textbox', { name: 'Note' }).first().pressSequentially(NOTE);
  // Closed at once: no pause for the save to happen on its own.
  await page.close();
  const again = await context.newPage();
  await again.goto(`/assessments/${id}/plan`);
  await expect(again.getByRole('textbox', { name: 'Note' }).first()).toHaveValue(NOTE);
});

/** Imports a fully answered assessment (its plan has actions to write notes in); returns its id. */
async function importAnswered(page: Page, baseURL: string, dir: string): Promise<string> {
  const id = 'killed-plan';
  const file = writeAnsweredAssessment(dir, id, 'Riverside Inn');
  await page.goto(`${baseURL}/`);
  await page.getByLabel('Assessment file to import').setInputFiles(file);
  await expect(page.getByRole('listitem').filter({ hasText: 'Riverside Inn' })).toBeVisible();
  return id;
}

interface RunningChromium {
  readonly process: ChildProcess;
  readonly browser: Browser;
}

/** Debian's Chromium on a profile of its own, driven over CDP so its process can be killed. */
async function startChromium(profile: string): Promise<RunningChromium> {
  const executable = process.env['CHROME_BIN'] || '/usr/bin/chromium';
  const child = spawn(
    executable,
    [
      ...chromiumFlags,
      '--headless=new',
      `--user-data-dir=${profile}`,
      '--remote-debugging-port=0',
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'], detached: true },
  );
  const endpoint = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stderr!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const found = /DevTools listening on (ws:\/\/\S+)/.exec(output);
      if (found) resolve(found[1]);
    });
    child.on('exit', (code) => reject(new Error(`Chromium exited (${code}): ${output}`)));
  });
  return { process: child, browser: await chromium.connectOverCDP(endpoint) };
}

async function firstPage(browser: Browser): Promise<Page> {
  return browser.contexts()[0].newPage();
}

/** SIGKILL to the browser and every process it started: nothing gets to run on the way out. */
async function kill({ process: child, browser }: RunningChromium): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const disconnected = new Promise((resolve) => browser.once('disconnected', resolve));
  process.kill(-child.pid!, 'SIGKILL');
  await Promise.all([exited, disconnected]);
}
