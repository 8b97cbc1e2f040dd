import { Browser, BrowserContext, devices, Page } from '@playwright/test';

/**
 * What the bench watches for on a page, by CSS selector: the first visible match (laid out, not
 * hidden, with some text) marks the moment. Kept here, in one place, so a template change that
 * moves one of these shows up as one edit.
 */
export const MARKS = {
  /** A question of the wizard's current step: its text and its radio group or field. */
  firstQuestion: 'app-question-field .question',
  /** The home page's "New assessment" link, its first action. */
  homeFirstAction: '.heading .actions a[href="/new"]',
  /** A supplier row of the portfolio's virtual list. */
  firstSupplierRow: 'cdk-virtual-scroll-viewport li.row',
} as const;

export type Mark = keyof typeof MARKS;

export interface ResourceEntry {
  readonly url: string;
  readonly start: number;
  readonly end: number;
}

interface BenchWindow {
  __bench: {
    marks: Record<string, number>;
    resources: Record<string, ResourceEntry[]>;
    events: Record<string, number>;
    watches: Record<string, number>;
  };
}

// The phone the end-to-end journeys use: Haven's users are on phones.
export const { defaultBrowserType: _unused, ...PHONE } = devices['Pixel 7'];

/**
 * A new browser context (empty HTTP cache, storage and IndexedDB: a first visit) whose pages time
 * the given marks from navigation start and remember the user's last click, input and file choice.
 */
export async function freshContext(
  browser: Browser,
  baseURL: string,
  marks: readonly Mark[] = [],
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ ...PHONE, baseURL, acceptDownloads: true });
  await context.addInitScript(
    (selectors: Record<string, string>) => {
      const w = window as unknown as BenchWindow;
      w.__bench = { marks: {}, resources: {}, events: {}, watches: {} };
      // Figures are timed from the user's action, on the page's own clock, not from when the
      // test runner got round to sending it. Only trusted events are the user's (and files set on
      // a file input, which automation cannot make trusted): the app's own link.click() that saves
      // a file is remembered apart, as the moment the file was ready.
      for (const type of ['click', 'input', 'change']) {
        document.addEventListener(
          type,
          (event) => {
            const target = event.target as Element;
            const isFileChoice = type === 'change' && target.matches?.('input[type="file"]');
            if (event.isTrusted || isFileChoice) w.__bench.events[type] = performance.now();
            else if (target.matches?.('a[download]')) w.__bench.events['save'] = performance.now();
          },
          true,
        );
      }
      const pending = new Map(Object.entries(selectors));
      if (!pending.size) return;
      const isShown = (el: Element) => {
        const box = el.getBoundingClientRect();
        return (
          box.width > 0 &&
          box.height > 0 &&
          el.checkVisibility({ opacityProperty: true, visibilityProperty: true }) &&
          (el.textContent ?? '').trim() !== ''
        );
      };
      // Checked once a frame, before it is painted: the mark is the frame that first shows it.
      const check = () => {
        for (const [name, selector] of pending) {
          if (![...document.querySelectorAll(selector)].some(isShown)) continue;
          w.__bench.marks[name] = performance.now();
          // What had finished loading by then (an entry appears when its response has ended).
          w.__bench.resources[name] = performance.getEntriesByType('resource').map((e) => ({
            url: e.name,
            start: e.startTime,
            end: (e as PerformanceResourceTiming).responseEnd,
          }));
          pending.delete(name);
        }
        if (pending.size && performance.now() < 60_000) requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    },
    Object.fromEntries(marks.map((m) => [m, MARKS[m]])),
  );
  return { context, page: await context.newPage() };
}

/** When the mark was first shown, in ms from navigation start. */
export async function markTime(page: Page, mark: Mark): Promise<number> {
  const handle = await page.waitForFunction(
    (name) => (window as unknown as BenchWindow).__bench?.marks[name],
    mark,
    { timeout: 30_000 },
  );
  return (await handle.jsonValue()) as number;
}

export async function markResources(page: Page, mark: Mark): Promise<ResourceEntry[]> {
  return page.evaluate((name) => (window as unknown as BenchWindow).__bench.resources[name], mark);
}

/**
 * When the user's last event of this type happened, in ms from navigation start; 'save' is when
 * the app last handed a file to the browser to download.
 */
export async function lastEventTime(
  page: Page,
  type: 'click' | 'input' | 'change' | 'save',
): Promise<number> {
  const time = await page.evaluate(
    (t) => (window as unknown as BenchWindow).__bench.events[t],
    type,
  );
  if (time === undefined) throw new Error(`No ${type} event was seen on the page.`);
  return time;
}

/**
 * Starts checking, once a frame, whether `predicate(arg)` holds on the page. Start it before the
 * action it follows, so a fast reaction cannot be missed; read it with `watchTime`. The predicate
 * runs in the page: it may use only its argument.
 */
export async function startWatch<A>(
  page: Page,
  name: string,
  predicate: (arg: A) => boolean,
  arg: A,
): Promise<void> {
  await page.evaluate(
    ({ name, source, arg }) => {
      const w = window as unknown as BenchWindow;
      const test = new Function(`return (${source});`)() as (a: unknown) => boolean;
      delete w.__bench.watches[name];
      const check = () => {
        if (test(arg)) w.__bench.watches[name] = performance.now();
        else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    },
    { name, source: predicate.toString(), arg },
  );
}

/** When the watched predicate first held, in ms from navigation start. */
export async function watchTime(page: Page, name: string, timeout = 60_000): Promise<number> {
  const handle = await page.waitForFunction(
    (n) => (window as unknown as BenchWindow).__bench.watches[n],
    name,
    { timeout },
  );
  return (await handle.jsonValue()) as number;
}

/** The page's clock in epoch ms, to compare with an event seen by the test runner. */
export async function pageEpoch(page: Page, pageTime: number): Promise<number> {
  return (await page.evaluate(() => performance.timeOrigin)) + pageTime;
}
