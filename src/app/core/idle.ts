import { map, Observable, timer } from 'rxjs';

/** Emits once the browser has nothing more urgent to do (at most 3 s later), then completes. */
export function whenIdle(): Observable<void> {
  if (typeof requestIdleCallback !== 'function') return timer(1_000).pipe(map(() => undefined));
  return new Observable<void>((subscriber) => {
    const handle = requestIdleCallback(
      () => {
        subscriber.next();
        subscriber.complete();
      },
      { timeout: 3_000 },
    );
    return () => cancelIdleCallback(handle);
  });
}

/** Whether the user asked the browser to save data: then nothing is fetched ahead of need. */
export function savesData(): boolean {
  return (navigator as { connection?: { saveData?: boolean } }).connection?.saveData === true;
}
