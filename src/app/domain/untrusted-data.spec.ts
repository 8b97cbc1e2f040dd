import { parseUntrusted } from './untrusted-data';

describe('parseUntrusted', () => {
  const withText = (text: string) => JSON.stringify({ note: text });

  it('refuses markup in any text field, however it is spaced', () => {
    for (const text of ['<script>', '< / b>', '</ div>', '<!-- x -->', '<?xml', 'JavaScript :x']) {
      expect(parseUntrusted(withText(text)))
        .withContext(text)
        .toEqual({ ok: false, problem: { code: 'markup', field: 'note' } });
    }
  });

  it('keeps text that only looks like it', () => {
    for (const text of ['3 < 5', 'a <= b', '< 2 km', 'java script', '<3']) {
      expect(parseUntrusted(withText(text)).ok)
        .withContext(text)
        .toBeTrue();
    }
  });

  // A file built to make a backtracking check take hours: "<" then spaces, over and over.
  it('checks a hostile 5 MB field in linear time', () => {
    const run = '<' + ' '.repeat(5_000) + '/' + ' '.repeat(5_000);
    const hostile = run.repeat(Math.floor((4.9 * 1024 * 1024) / run.length));
    const started = performance.now();
    const result = parseUntrusted(withText(hostile));
    const elapsed = performance.now() - started;
    expect(result.ok).toBeTrue();
    // Linear: about 20 ms here, so the bound holds on a busy machine. The old pattern needed
    // minutes for this text.
    expect(elapsed).toBeLessThan(5_000);
  });
});
