import {
  debounce,
  groupBy,
  merge,
  mergeMap,
  MonoTypeOperatorFunction,
  NEVER,
  Observable,
  of,
  timer,
} from 'rxjs';

/** A moment when waiting is no longer safe, such as the page being hidden or closed. */
export interface Urgency {
  /** Emits when that moment comes. */
  readonly now$: Observable<unknown>;
  /** Whether it has come and lasts (the page is hidden): then nothing waits at all. */
  isNow(): boolean;
}

export const NEVER_URGENT: Urgency = { now$: NEVER, isNow: () => false };

/**
 * Lets through the last value of each key once that key has been quiet for `ms`: one record's
 * quick edits become one write, and a pause on one record never waits for another. When `urgency`
 * comes, every key's waiting value goes at once, and values arriving while it lasts do not wait.
 */
export function pausePerKey<T>(
  key: (value: T) => string,
  ms: number,
  urgency: Urgency = NEVER_URGENT,
): MonoTypeOperatorFunction<T> {
  return (source) =>
    source.pipe(
      groupBy(key),
      mergeMap((byKey$) => byKey$.pipe(pause(ms, urgency))),
    );
}

/** The last value once the source has been quiet for `ms`, or at once when `urgency` comes. */
export function pause<T>(ms: number, urgency: Urgency = NEVER_URGENT): MonoTypeOperatorFunction<T> {
  return debounce(() => (urgency.isNow() ? of(0) : merge(timer(ms), urgency.now$)));
}
