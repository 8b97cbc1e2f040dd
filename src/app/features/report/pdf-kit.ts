import type { PdfFonts } from './pdf-document';

const fontsByBase = new Map<string, Promise<PdfFonts>>();

/**
 * The Noto Sans fonts every PDF embeds (Latin and Vietnamese), fetched once per page load: the
 * second PDF starts at once. A failed fetch is tried again next time.
 */
export function loadPdfFonts(baseUri: string): Promise<PdfFonts> {
  let fonts = fontsByBase.get(baseUri);
  if (!fonts) {
    fonts = fetchFonts(baseUri).catch((error: unknown) => {
      fontsByBase.delete(baseUri);
      throw error;
    });
    fontsByBase.set(baseUri, fonts);
  }
  return fonts;
}

/**
 * Fetches and compiles what the due-diligence PDF needs before it is asked for, so the click only
 * has the document to write. Failures are left for the click to report.
 */
export function prepareReportPdf(baseUri: string): void {
  Promise.all([loadPdfFonts(baseUri), import('./pdf-export')]).catch(() => undefined);
}

async function fetchFonts(baseUri: string): Promise<PdfFonts> {
  const load = async (file: string) => {
    const response = await fetch(new URL(`fonts/${file}`, baseUri));
    if (!response.ok) throw new Error(`font ${file}: HTTP ${response.status}`);
    return response.arrayBuffer();
  };
  const [regular, bold] = await Promise.all([
    load('NotoSans-Regular.ttf'),
    load('NotoSans-Bold.ttf'),
  ]);
  return { regular, bold };
}
