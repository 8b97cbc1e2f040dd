import { Subject } from 'rxjs';

import { pause, pausePerKey, Urgency } from './pause-per-key';

describe('pausePerKey', () => {
  // RxJS reads Date.now() to time the pause, so the date must move with the clock.
  beforeEach(() => jasmine.clock().install().mockDate(new Date('2026-11-25T10:00:00Z')));
  afterEach(() => jasmine.clock().uninstall());

  function run(urgency?: Urgency) {
    const source = new Subject<{ id: string; n: number }>();
    const out: string[] = [];
    source
      .pipe(pausePerKey(({ id }) => id, 400, urgency))
      .subscribe((v) => out.push(`${v.id}${v.n}`));
    return { source, out };
  }

  it('lets the last value of each key through once that key is quiet', () => {
    const { source, out } = run();
    source.next({ id: 'a', n: 1 });
    jasmine.clock().tick(300);
    source.next({ id: 'a', n: 2 });
    source.next({ id: 'b', n: 1 });
    jasmine.clock().tick(399);
    expect(out).toEqual([]);
    jasmine.clock().tick(1);
    expect(out).toEqual(['a2', 'b1']);
  });

  it('lets every waiting value go at once when the urgent moment comes', () => {
    const now$ = new Subject<void>();
    const { source, out } = run({ now$, isNow: () => false });
    source.next({ id: 'a', n: 1 });
    source.next({ id: 'b', n: 1 });
    now$.next();
    expect(out).toEqual(['a1', 'b1']);
    jasmine.clock().tick(400);
    expect(out).toEqual(['a1', 'b1']);
  });

  it('does not wait while the urgent moment lasts', () => {
    const { source, out } = run({ now$: new Subject<void>(), isNow: () => true });
    source.next({ id: 'a', n: 1 });
    expect(out).toEqual(['a1']);
  });
});

describe('pause', () => {
  beforeEach(() => jasmine.clock().install().mockDate(new Date('2026-11-25T10:00:00Z')));
  afterEach(() => jasmine.clock().uninstall());

  it('waits for a quiet moment, unless the page is going', () => {
    const now$ = new Subject<void>();
    const source = new Subject<string>();
    const out: string[] = [];
    source.pipe(pause(300, { now$, isNow: () => false })).subscribe((v) => out.push(v));
    source.next('Harbour');
    jasmine.clock().tick(300);
    source.next('Harbour View');
    now$.next();
    expect(out).toEqual(['Harbour', 'Harbour View']);
  });
});
