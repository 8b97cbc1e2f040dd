import { ACCOMMODATION } from '../src/app/domain/questionnaire/sets/accommodation';
import { WELL_CONTROLLED_HOTEL } from '../src/app/domain/testing/sample-answers';
import { expect, test } from './support/fixtures';
import { answerSections, readPdf } from './support/questionnaire';
import { wordingOf } from './support/translations';

test.use({ serviceWorkers: 'allow' });

// A manager opens Haven once on a connection, then works where there is none: the service worker
// must have kept every page, language, font and the PDF code after that one visit.
test('after one visit, Haven starts offline, runs a whole assessment in French and writes its PDF', async ({
  page,
  context,
}) => {
  // Filling the caches may take up to 45 s on a busy machine, and a whole assessment and its PDF
  // follow it.
  test.setTimeout(120_000);
  const fr = wordingOf('fr');

  await test.step('one visit online: the service worker takes over and stores every file', async () => {
    await page.goto('/');
    await expect(page.locator('main h1')).toBeVisible();
    await page.evaluate(() => navigator.serviceWorker.ready);
    await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
    const manifest: { assetGroups: { urls: string[] }[] } = await (
      await page.request.get('/ngsw.json')
    ).json();
    const files = manifest.assetGroups.flatMap((group) => group.urls);
    expect(files).toContain('/locale/messages.vi.json');
    expect(files).toContain('/fonts/NotoSans-Regular.ttf');
    // The worker fills its caches in the background; going offline before it has finished would
    // test the network, not Haven.
    await expect
      .poll(
        () =>
          page.evaluate(async (urls) => {
            const cached = await Promise.all(urls.map((url) => caches.match(url)));
            return urls.filter((_, i) => !cached[i]);
          }, files),
        { timeout: 45_000 },
      )
      .toEqual([]);
  });

  await context.setOffline(true);

  await test.step('a reload with no network starts Haven, in the language chosen', async () => {
    await page.evaluate(() => localStorage.setItem('haven.locale', 'fr'));
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.locator('main h1')).toHaveText(fr.message('home.title'));
  });

  await test.step('a whole self-assessment, offline', async () => {
    await page.goto('/new');
    await page.locator('mat-card-actions button').first().click();
    await expect(page).toHaveURL(/\/assessments\/[\w-]+\/questions$/);
    await answerSections(page, ACCOMMODATION, WELL_CONTROLLED_HOTEL, undefined, 'fr');
    await page.getByRole('button', { name: fr.message('wizard.seeResults') }).click();
    await expect(page.locator('main h1')).toHaveText(fr.message('results.title'));
  });

  await test.step('its due-diligence PDF, offline, in French', async () => {
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: fr.message('results.pdf') }).click();
    const pdf = await readPdf(await downloading);
    expect(pdf.pages).toBeGreaterThan(1);
    expect(pdf.flow.normalize('NFC')).toContain(fr.message('pdf.coverTitle'));
    expect(pdf.text).not.toContain('DRAFT');
  });

  await test.step('a cold start of a new window, still offline, shows the assessment', async () => {
    const again = await context.newPage();
    await again.goto('/');
    await expect(again.locator('main h1')).toHaveText(fr.message('home.title'));
    await expect(again.locator('main')).toContainText(WELL_CONTROLLED_HOTEL['businessName']!);
  });
});

// A new version is fetched in the background but never swapped in under a user mid-assessment.
test('a new version waits for the user to reload', async ({ page, context }) => {
  await page.goto('/');
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);

  // The host now serves a newer build: same files, a manifest that differs.
  const current = await (await page.request.get('/ngsw.json')).json();
  await context.route('**/ngsw.json*', (route) =>
    route.fulfill({ json: { ...current, appData: { build: 'newer' } } }),
  );
  await page.goto('/new');
  await page.evaluate(() => ((window as { stillHere?: boolean }).stillHere = true));

  const notice = page.locator('mat-snack-bar-container');
  await expect(notice).toContainText('A new version of Haven is ready.', { timeout: 30_000 });
  expect(await page.evaluate(() => (window as { stillHere?: boolean }).stillHere)).toBe(true);

  await notice.getByRole('button', { name: 'Reload' }).click();
  await expect
    .poll(() => page.evaluate(() => (window as { stillHere?: boolean }).stillHere ?? false))
    .toBe(false);
  await expect(page.locator('main h1')).toBeVisible();
});

// What a phone needs to offer "Install app": a name, a start page, a window of its own, and icons
// it can draw on any launcher (a maskable one fills shaped icons).
test('the manifest makes Haven installable with PNG and maskable icons', async ({ request }) => {
  const manifest = await (await request.get('/manifest.webmanifest')).json();
  expect(manifest).toEqual(
    expect.objectContaining({
      name: 'Haven — child-protection risk assessment',
      short_name: 'Haven',
      display: 'standalone',
      start_url: './',
      theme_color: '#00527a',
    }),
  );
  const icons: { src: string; sizes: string; type: string; purpose: string }[] = manifest.icons;
  for (const [size, purpose] of [
    [192, 'any'],
    [512, 'any'],
    [192, 'maskable'],
    [512, 'maskable'],
  ] as const) {
    const icon = icons.find((i) => i.sizes === `${size}x${size}` && i.purpose === purpose);
    expect(icon, `${purpose} icon ${size}`).toBeDefined();
    const png = await (await request.get(`/${icon!.src}`)).body();
    // A PNG's width and height are the 4-byte numbers at offsets 16 and 20.
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
  }
});
