import { loadPdfFonts } from './pdf-kit';

describe('loadPdfFonts', () => {
  // The module keeps what it fetched; each spec uses its own base so none sees another's fonts.
  let base = 0;
  const nextBase = () => `http://haven.test/spec-${++base}/`;

  it('fetches the two fonts once, however many PDFs are made', async () => {
    const fetching = spyOn(window, 'fetch').and.callFake(async () => new Response('font'));
    const baseUri = nextBase();
    const [first, second] = await Promise.all([loadPdfFonts(baseUri), loadPdfFonts(baseUri)]);
    await loadPdfFonts(baseUri);
    expect(fetching).toHaveBeenCalledTimes(2);
    expect(fetching.calls.allArgs().map(([url]) => String(url))).toEqual([
      `${baseUri}fonts/NotoSans-Regular.ttf`,
      `${baseUri}fonts/NotoSans-Bold.ttf`,
    ]);
    expect(second).toBe(first);
  });

  it('tries again after a failed fetch instead of keeping the failure', async () => {
    const fetching = spyOn(window, 'fetch').and.resolveTo(new Response('', { status: 503 }));
    const baseUri = nextBase();
    await expectAsync(loadPdfFonts(baseUri)).toBeRejectedWithError(/HTTP 503/);
    fetching.and.callFake(async () => new Response('font'));
    const fonts = await loadPdfFonts(baseUri);
    expect(fonts.regular.byteLength).toBe(4);
  });
});
