import { jsPDF } from 'jspdf';
import { __createTable as layOutTable, autoTable } from 'jspdf-autotable';

import { Band } from '../../domain/scoring/risk-band';

// The page furniture every Haven PDF shares: A4, Noto Sans embedded, brand and band colours,
// a writer that flows headings, paragraphs and tables onto new pages, and page footers.

/** The TTF files the PDF embeds (Noto Sans covers Latin, Latin Extended and Vietnamese). */
export interface PdfFonts {
  readonly regular: ArrayBuffer;
  readonly bold: ArrayBuffer;
}

export type Rgb = [number, number, number];

export const FONT = 'NotoSans';
export const PAGE = { width: 210, height: 297, margin: 18 };
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;
export const INK: Rgb = [28, 32, 36];
export const MUTED: Rgb = [88, 96, 104];
export const BRAND: Rgb = [0, 82, 122];
export const BAND_COLOURS: Record<Band, Rgb> = {
  low: [27, 107, 47],
  medium: [138, 83, 0],
  high: [179, 59, 0],
  'very-high': [161, 18, 27],
};
export const RULE: Rgb = [210, 214, 218];
/** Table cells for long text (reasons, actions): smaller type, top-aligned. */
export const DENSE_TABLE = {
  font: FONT,
  fontSize: 8,
  textColor: INK,
  cellPadding: 1.6,
  lineColor: RULE,
  lineWidth: 0.2,
  valign: 'top',
} as const;
export const BAND_SOFT: Record<Band, Rgb> = {
  low: [220, 239, 223],
  medium: [248, 231, 198],
  high: [251, 220, 203],
  'very-high': [247, 210, 212],
};

/**
 * A new A4 document with Noto Sans embedded, so any Latin-script text (Vietnamese too) renders,
 * and its title, subject and language set for readers and assistive technology.
 */
export function createDocument(
  fonts: PdfFonts,
  title: string,
  subject: string,
  language: string,
): jsPDF {
  // Only the fonts a page uses are written: the 14 standard fonts jsPDF would list are not embedded.
  const doc = new jsPDF({ unit: 'mm', format: 'a4', compress: true, putOnlyUsedFonts: true });
  doc.setLanguage(language as Parameters<jsPDF['setLanguage']>[0]);
  doc.addFileToVFS('NotoSans-Regular.ttf', toBase64(fonts.regular));
  doc.addFileToVFS('NotoSans-Bold.ttf', toBase64(fonts.bold));
  doc.addFont('NotoSans-Regular.ttf', FONT, 'normal');
  doc.addFont('NotoSans-Bold.ttf', FONT, 'bold');
  doc.setProperties({ title, subject, creator: 'Haven' });
  return doc;
}

/**
 * Keeps the writing position and starts a new page when the next block would not fit. A heading
 * waits for the block that follows it and goes onto the page with it, so it never stands alone at
 * the foot of a page.
 */
export class PageWriter {
  y = PAGE.margin;
  private pendingHeading: {
    readonly text: string;
    readonly size: number;
    readonly isBookmarked: boolean;
  } | null = null;
  constructor(readonly doc: jsPDF) {}

  reset(): void {
    this.y = PAGE.margin;
  }

  /** Makes room for a block of `height` mm (and the heading waiting for it), on a new page if need be. */
  ensure(height: number): void {
    const heading = this.pendingHeading;
    // Translated headings can be longer than the page is wide, so they wrap like paragraphs.
    const headingLines = heading
      ? this.linesOf(heading.text, heading.size, 'bold', CONTENT_WIDTH)
      : [];
    const headingHeight = heading ? headingLines.length * heading.size * 0.45 + 5 : 0;
    if (this.y + headingHeight + height > PAGE.height - PAGE.margin - 8) {
      this.doc.addPage();
      this.reset();
    }
    if (!heading) return;
    this.pendingHeading = null;
    this.setText(heading.size, BRAND, 'bold');
    this.doc.text(headingLines, PAGE.margin, this.y + heading.size * 0.35, {
      lineHeightFactor: 1.3,
    });
    if (heading.isBookmarked) this.bookmark(heading.text);
    this.y += headingHeight;
  }

  /** A heading; main ones (size 15 and up) are also bookmarks in the PDF's outline. */
  heading(text: string, size = 15): void {
    if (this.pendingHeading) this.ensure(0);
    this.pendingHeading = { text, size, isBookmarked: size >= 15 };
  }

  /** An entry of the PDF's outline (bookmarks), pointing at the current page. */
  bookmark(title: string): void {
    this.doc.outline.add(null, title, { pageNumber: this.doc.getCurrentPageInfo().pageNumber });
  }

  paragraph(text: string, size = 10, colour: Rgb = INK, style: 'normal' | 'bold' = 'normal'): void {
    const lines = this.linesOf(text, size, style, CONTENT_WIDTH);
    const lineHeight = size * 0.45;
    this.ensure(lines.length * lineHeight + 2);
    this.setText(size, colour, style);
    this.doc.text(lines, PAGE.margin, this.y + size * 0.35, { lineHeightFactor: 1.3 });
    this.y += lines.length * lineHeight + 3;
  }

  /** A bulleted list, closer set than paragraphs; each item wraps under its own text. */
  bullets(
    items: readonly string[],
    size = 10,
    colour: Rgb = INK,
    style: 'normal' | 'bold' = 'normal',
  ): void {
    const indent = 4;
    const lineHeight = size * 0.45;
    for (const item of items) {
      const lines = this.linesOf(item, size, style, CONTENT_WIDTH - indent);
      this.ensure(lines.length * lineHeight + 1.5);
      this.setText(size, colour, style);
      this.doc.text('•', PAGE.margin, this.y + size * 0.35);
      this.doc.text(lines, PAGE.margin + indent, this.y + size * 0.35, { lineHeightFactor: 1.3 });
      this.y += lines.length * lineHeight + 1.5;
    }
    this.y += 1.5;
  }

  private linesOf(text: string, size: number, style: 'normal' | 'bold', width: number): string[] {
    this.doc.setFont(FONT, style).setFontSize(size);
    return this.doc.splitTextToSize(text, width);
  }

  private setText(size: number, colour: Rgb, style: 'normal' | 'bold'): void {
    this.doc
      .setFont(FONT, style)
      .setFontSize(size)
      .setTextColor(...colour);
  }

  table(options: Parameters<typeof autoTable>[1]): void {
    const settings: Parameters<typeof autoTable>[1] = {
      margin: { left: PAGE.margin, right: PAGE.margin, top: PAGE.margin, bottom: PAGE.margin + 8 },
      styles: {
        font: FONT,
        fontSize: 9,
        textColor: INK,
        cellPadding: 1.8,
        lineColor: RULE,
        lineWidth: 0.2,
      },
      headStyles: { font: FONT, fontStyle: 'bold', fillColor: BRAND, textColor: [255, 255, 255] },
      theme: 'grid',
      // A row never splits across pages: half a supplier or half a reason reads as an error.
      rowPageBreak: 'avoid',
      ...options,
    };
    // A table's head never stands alone at the foot of a page: laid out first (not drawn), the
    // head and first row must fit, or the table starts on the next page.
    const layout = layOutTable(this.doc, { ...settings, startY: this.y });
    this.ensure(layout.getHeadHeight(layout.columns) + (layout.body[0]?.height ?? 0));
    autoTable(this.doc, { ...settings, startY: this.y });
    this.y =
      ((this.doc as unknown as { lastAutoTable: { finalY: number } }).lastAutoTable.finalY ??
        this.y) + 8;
  }
}

/**
 * A rule and a line of small print at the foot of every page, with "Page n of N" on the right, and
 * a notice at the top of every page when one is given (a draft report says so on each page).
 */
export function drawFooters(
  doc: jsPDF,
  left: string,
  topNotice?: { readonly text: string; readonly fromPage: number },
): void {
  const pages = doc.getNumberOfPages();
  for (let i = 1; i <= pages; i++) {
    doc.setPage(i);
    if (topNotice && i >= topNotice.fromPage) {
      doc
        .setFont(FONT, 'bold')
        .setFontSize(8.5)
        .setTextColor(...BAND_COLOURS['very-high']);
      doc.text(topNotice.text, PAGE.width / 2, 9, { align: 'center' });
    }
    doc.setDrawColor(...RULE).setLineWidth(0.2);
    doc.line(PAGE.margin, PAGE.height - 13, PAGE.width - PAGE.margin, PAGE.height - 13);
    doc
      .setFont(FONT, 'normal')
      .setFontSize(7.5)
      .setTextColor(...MUTED);
    doc.text(left, PAGE.margin, PAGE.height - 8.5);
    doc.text(
      $localize`:@@pdf.page:Page ${i}:page: of ${pages}:pages:`,
      PAGE.width - PAGE.margin,
      PAGE.height - 8.5,
      { align: 'right' },
    );
  }
}

function toBase64(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}
