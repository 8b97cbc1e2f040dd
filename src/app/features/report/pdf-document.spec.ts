import { jsPDF } from 'jspdf';

import { CONTENT_WIDTH, createDocument, FONT, PAGE, PageWriter, PdfFonts } from './pdf-document';

async function loadFonts(): Promise<PdfFonts> {
  const load = async (file: string) =>
    (await fetch(new URL(`fonts/${file}`, document.baseURI))).arrayBuffer();
  return { regular: await load('NotoSans-Regular.ttf'), bold: await load('NotoSans-Bold.ttf') };
}

/** Records on which page each piece of text is written. */
function watchText(doc: jsPDF): Map<string, number> {
  const pages = new Map<string, number>();
  const text = doc.text.bind(doc);
  spyOn(doc, 'text').and.callFake(((value: string | string[], ...rest: unknown[]) => {
    pages.set([value].flat().join(' '), doc.getCurrentPageInfo().pageNumber);
    return (text as (...args: unknown[]) => jsPDF)(value, ...rest);
  }) as typeof doc.text);
  return pages;
}

describe('PageWriter', () => {
  let fonts: PdfFonts;
  beforeAll(async () => (fonts = await loadFonts()));

  it('takes a heading and a table head to the next page with the first row that does not fit', () => {
    const doc = createDocument(fonts, 'title', 'subject', 'en');
    const page = new PageWriter(doc);
    page.y = 230;
    const written = watchText(doc);
    const cells: { section: string; page: number }[] = [];
    page.heading('Risks and the reasons for their ratings');
    page.table({
      head: [['No.', 'Why']],
      body: [['1', Array.from({ length: 30 }, (_, i) => `Reason ${i + 1}.`).join('\n')]],
      didDrawCell: (data) => {
        cells.push({ section: data.section, page: doc.getCurrentPageInfo().pageNumber });
      },
    });
    expect(written.get('Risks and the reasons for their ratings')).toBe(2);
    expect(cells.find((c) => c.section === 'head')!.page).toBe(2);
    expect(cells.find((c) => c.section === 'body')!.page).toBe(2);
  });

  it('keeps a heading on the page when what follows fits', () => {
    const doc = createDocument(fonts, 'title', 'subject', 'en');
    const page = new PageWriter(doc);
    const written = watchText(doc);
    page.heading('Action plan');
    page.paragraph('Every question is answered.');
    expect(written.get('Action plan')).toBe(1);
    expect(doc.getNumberOfPages()).toBe(1);
  });

  it('wraps a heading longer than the page is wide, as translations often are', () => {
    const doc = createDocument(fonts, 'title', 'subject', 'fr');
    const page = new PageWriter(doc);
    const lines: string[][] = [];
    const text = doc.text.bind(doc);
    spyOn(doc, 'text').and.callFake(((value: string | string[], ...rest: unknown[]) => {
      lines.push([value].flat());
      return (text as (...args: unknown[]) => jsPDF)(value, ...rest);
    }) as typeof doc.text);
    const title = 'Portefeuille de fournisseurs — risques pour la protection de l’enfance';
    page.heading(title, 17);
    page.paragraph('26 novembre 2026');
    const heading = lines[0];
    expect(heading.length).toBe(2);
    expect(heading.join(' ')).toBe(title);
    doc.setFont(FONT, 'bold').setFontSize(17);
    for (const line of heading) expect(doc.getTextWidth(line)).toBeLessThanOrEqual(CONTENT_WIDTH);
    // The paragraph is set below both lines of the heading.
    expect(page.y).toBeGreaterThanOrEqual(PAGE.margin + 2 * 17 * 0.45 + 5 + 10 * 0.45);
  });
});
