import { debounceTime, groupBy, mergeMap, MonoTypeOperatorFunction } from 'rxjs';

/**
 * Lets through the last value of each key once that key has been quiet for `ms`: one record's
 * quick edits become one write, and a pause on one record never waits for another.
 */
export function pausePerKey<T>(key: (value: T) => string, ms: number): MonoTypeOperatorFunction<T> {
  return (source) =>
    source.pipe(
      groupBy(key),
      mergeMap((byKey$) => byKey$.pipe(debounceTime(ms))),
    );
}
