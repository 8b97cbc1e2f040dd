import { formatDate, formatNumber, formatPercent } from '@angular/common';

import { PortfolioReportModel } from '../../domain/report/portfolio-report';
import {
  BAND_COLOURS,
  BAND_SOFT,
  CONTENT_WIDTH,
  createDocument,
  DENSE_TABLE,
  drawFooters,
  FONT,
  INK,
  MUTED,
  PAGE,
  PageWriter,
  PdfFonts,
} from './pdf-document';

/** Draws the supplier portfolio report from a model built in `domain/report`. */
export function renderPortfolioPdf(
  model: PortfolioReportModel,
  fonts: PdfFonts,
  locale: string,
): Blob {
  const doc = createDocument(
    fonts,
    $localize`:@@portfolioPdf.title:Supplier portfolio — child-protection risk`,
    $localize`:@@pdf.subject:Risk assessment in the spirit of The Code`,
    locale,
  );
  const page = new PageWriter(doc);
  const number = (value: number) => formatNumber(value, locale);

  page.heading($localize`:@@portfolioPdf.title:Supplier portfolio — child-protection risk`, 17);
  page.paragraph(formatDate(model.generatedAt, 'longDate', locale), 10, MUTED);
  page.heading($localize`:@@portfolioPdf.summary:Summary`, 12);
  page.table({
    head: [[$localize`:@@pdf.measure:Measure`, $localize`:@@pdf.value:Value`]],
    columnStyles: { 0: { cellWidth: 100 } },
    body: [
      [$localize`:@@portfolio.suppliers:Suppliers`, number(model.supplierCount)],
      [
        $localize`:@@portfolio.clauseSuppliers:Clause signed, share of suppliers`,
        formatPercent(model.clauseBySuppliersPercent / 100, locale),
      ],
      [
        $localize`:@@portfolio.clauseVolume:Clause signed, share of volume`,
        formatPercent(model.clauseByVolumePercent / 100, locale),
      ],
      [
        $localize`:@@portfolioPdf.redFlagCount:Suppliers with a red flag`,
        number(model.redFlagged.length),
      ],
      [$localize`:@@portfolioPdf.overdueCount:Overdue follow-ups`, number(model.overdue.length)],
    ],
  });

  // Band × volume chart: a bar per band, its length the yearly volume bought from those suppliers.
  page.heading(
    $localize`:@@portfolio.chartCaption:Suppliers and yearly volume (nights or passengers) by band`,
    12,
  );
  const maxVolume = Math.max(1, ...model.bands.map((b) => b.volume));
  const labelWidth = 42;
  const barWidth = CONTENT_WIDTH - labelWidth - 40;
  page.ensure(model.bands.length * 9 + 6);
  for (const bar of model.bands) {
    const y = page.y;
    doc
      .setFont(FONT, 'normal')
      .setFontSize(9.5)
      .setTextColor(...INK);
    doc.text(`${bar.label} (${number(bar.count)})`, PAGE.margin, y + 4);
    const colour = bar.band === 'not-assessed' ? MUTED : BAND_COLOURS[bar.band];
    doc
      .setFillColor(...colour)
      .rect(
        PAGE.margin + labelWidth,
        y,
        Math.max(0.6, (bar.volume / maxVolume) * barWidth),
        5.5,
        'F',
      );
    doc
      .setTextColor(...MUTED)
      .text(number(bar.volume), PAGE.margin + labelWidth + barWidth + 3, y + 4);
    page.y += 9;
  }
  page.y += 4;

  if (model.redFlagged.length) {
    page.heading($localize`:@@pdf.redFlags:Red flags`, 12);
    page.table({
      head: [[$localize`:@@portfolioPdf.supplier:Supplier`, $localize`:@@portfolioPdf.why:Why`]],
      body: model.redFlagged.map((f) => [f.name, f.reason]),
    });
  }

  page.heading($localize`:@@portfolioPdf.overdue:Overdue follow-ups`, 12);
  if (model.overdue.length) {
    page.table({
      head: [
        [
          $localize`:@@portfolioPdf.supplier:Supplier`,
          $localize`:@@portfolioPdf.action:Action`,
          $localize`:@@portfolioPdf.due:Due`,
          $localize`:@@portfolioPdf.owner:Owner`,
        ],
      ],
      body: model.overdue.map((o) => [
        o.supplier,
        o.action,
        formatDate(o.due, 'mediumDate', locale),
        o.owner || '—',
      ]),
    });
  } else {
    page.paragraph($localize`:@@portfolioPdf.noOverdue:None.`, 10, MUTED);
  }

  page.heading($localize`:@@portfolioPdf.register:Suppliers, most urgent first`, 12);
  page.table({
    head: [
      [
        $localize`:@@portfolioPdf.supplier:Supplier`,
        $localize`:@@portfolioPdf.category:Category`,
        $localize`:@@portfolioPdf.volume:Volume`,
        $localize`:@@portfolioPdf.clause:Clause`,
        $localize`:@@portfolioPdf.band:Band`,
      ],
    ],
    styles: DENSE_TABLE,
    columnStyles: {
      0: { cellWidth: 46, fontStyle: 'bold' },
      2: { cellWidth: 18, halign: 'right' },
      4: { cellWidth: 24 },
    },
    body: model.suppliers.map((s) => [
      `${s.name}${s.location ? `\n${s.location}` : ''}`,
      `${s.category}${s.source ? `\n${s.source}` : ''}`,
      number(s.volume),
      s.clause,
      `${s.bandLabel}${s.hasRedFlag ? `\n${$localize`:@@pdf.redFlagMark:Red flag`}` : ''}`,
    ]),
    didParseCell: (data) => {
      if (data.section !== 'body' || data.column.index !== 4) return;
      const band = model.suppliers[data.row.index].band;
      if (!band) return;
      data.cell.styles.fillColor = BAND_SOFT[band];
      data.cell.styles.textColor = BAND_COLOURS[band];
      data.cell.styles.fontStyle = 'bold';
    },
  });

  drawFooters(
    doc,
    `Haven · ${$localize`:@@portfolioPdf.footer:Supplier portfolio`} · ${formatDate(model.generatedAt, 'mediumDate', locale)}`,
  );
  return doc.output('blob');
}
