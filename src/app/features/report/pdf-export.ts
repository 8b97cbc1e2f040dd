import { formatDate, formatPercent } from '@angular/common';
import { RowInput } from 'jspdf-autotable';

import { ReportModel } from '../../domain/report/report-model';
import { Band } from '../../domain/scoring/risk-band';
import { plural } from '../../shared/i18n/plural';
import {
  BAND_COLOURS,
  BAND_SOFT,
  BRAND,
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
  RULE,
} from './pdf-document';

/**
 * Draws the due-diligence report. It only lays out the model that `domain/report` built: every
 * number, band and sentence is already in it; this file adds headings and page furniture.
 */
export function renderReportPdf(model: ReportModel, fonts: PdfFonts, locale: string): Blob {
  const doc = createDocument(
    fonts,
    $localize`:@@pdf.docTitle:Child-protection due-diligence report — ${businessName(model)}:business:`,
    $localize`:@@pdf.subject:Risk assessment in the spirit of The Code`,
    locale,
  );

  const page = new PageWriter(doc);
  page.bookmark(businessName(model));
  drawCover(page, model, locale);
  doc.addPage();
  page.reset();
  drawSummary(page, model, locale);
  drawHeatMap(page, model);
  drawItems(page, model);
  drawCriteria(page, model, locale);
  drawPlan(page, model);
  doc.addPage();
  page.reset();
  drawAnswers(page, model);
  doc.addPage();
  page.reset();
  drawMethod(page, model);
  drawFooters(
    doc,
    `Haven · ${businessName(model)} · ${$localize`:@@pdf.documentId:Document id`} ${model.cover.documentId.slice(0, 16)}`,
    // The cover carries its own draft mark, in its coloured band.
    model.isDraft ? { text: draftNotice(model.summary.unansweredCount), fromPage: 2 } : undefined,
  );
  return doc.output('blob');
}

function businessName(model: ReportModel): string {
  return model.cover.business || $localize`:@@pdf.unnamed:Unnamed business`;
}

function overallLabel(model: ReportModel): string {
  return model.isDraft
    ? $localize`:@@pdf.overallProvisional:Overall risk (provisional)`
    : $localize`:@@pdf.overall:Overall risk`;
}

/** Printed at the top of every page of an incomplete assessment's report. */
function draftNotice(count: number): string {
  return plural(count, {
    one: $localize`:@@pdf.draftOne:DRAFT — 1 question is not answered yet: every rating is provisional.`,
    other: $localize`:@@pdf.draftMany:DRAFT — ${count}:count: questions are not answered yet: every rating is provisional.`,
  });
}

function drawCover(page: PageWriter, model: ReportModel, locale: string): void {
  const { doc } = page;
  const { cover, summary } = model;
  // Titles are wrapped because translations run longer than English (French
  // needs two lines at 20 pt), and the band grows to hold them.
  doc.setFont(FONT, 'normal').setFontSize(20);
  const title: string[] = doc.splitTextToSize(
    $localize`:@@pdf.coverTitle:Child-protection due-diligence report`,
    CONTENT_WIDTH,
  );
  doc.setFontSize(11);
  const subtitle: string[] = doc.splitTextToSize(
    $localize`:@@pdf.coverSubtitle:Risk assessment in the spirit of The Code`,
    CONTENT_WIDTH,
  );
  doc.setFont(FONT, 'bold').setFontSize(9.5);
  const draft: string[] = model.isDraft
    ? doc.splitTextToSize(draftNotice(summary.unansweredCount), CONTENT_WIDTH)
    : [];
  const titleTop = 38;
  const subtitleTop = titleTop + (title.length - 1) * 8.5 + 10;
  const draftTop = subtitleTop + (subtitle.length - 1) * 5 + 8;
  const lastBaseline = draft.length
    ? draftTop + (draft.length - 1) * 4.5
    : subtitleTop + (subtitle.length - 1) * 5;
  const bandHeight = Math.max(60, lastBaseline + 6);

  doc.setFillColor(...BRAND).rect(0, 0, PAGE.width, bandHeight, 'F');
  doc.setFont(FONT, 'bold').setFontSize(13).setTextColor(255, 255, 255);
  doc.text('Haven', PAGE.margin, 22);
  doc.setFont(FONT, 'normal').setFontSize(20);
  doc.text(title, PAGE.margin, titleTop, { lineHeightFactor: 1.2 });
  doc.setFontSize(11);
  doc.text(subtitle, PAGE.margin, subtitleTop, { lineHeightFactor: 1.3 });
  if (draft.length) {
    doc.setFont(FONT, 'bold').setFontSize(9.5);
    doc.text(draft, PAGE.margin, draftTop, { lineHeightFactor: 1.35 });
  }

  page.y = bandHeight + 18;
  doc
    .setFont(FONT, 'bold')
    .setFontSize(22)
    .setTextColor(...INK);
  const names: string[] = doc.splitTextToSize(businessName(model), CONTENT_WIDTH);
  doc.text(names, PAGE.margin, page.y);
  page.y += names.length * 9 + 4;

  page.table({
    theme: 'plain',
    styles: {
      font: FONT,
      fontSize: 10.5,
      textColor: INK,
      cellPadding: { top: 1.6, bottom: 1.6, left: 0, right: 2 },
    },
    columnStyles: { 0: { cellWidth: 48, textColor: MUTED } },
    body: [
      [$localize`:@@pdf.sector:Sector`, cover.sector],
      [$localize`:@@pdf.location:Location`, cover.location || '—'],
      [$localize`:@@pdf.assessedBy:Assessed by`, cover.assessedBy || '—'],
      [$localize`:@@pdf.date:Date`, formatDate(cover.generatedAt, 'longDate', locale)],
      [
        $localize`:@@pdf.questionnaire:Questionnaire`,
        $localize`:@@pdf.questionnaireVersion:${cover.questionnaire.title}:title:, version ${cover.questionnaire.version}:version:`,
      ],
      [$localize`:@@pdf.documentId:Document id`, cover.documentId],
    ],
  });

  page.y += 4;
  drawBandBox(page, overallLabel(model), summary.band, summary.bandLabel);
  if (model.isDraft) {
    page.paragraph(
      $localize`:@@pdf.coverDraft:This is a draft. Questions not answered yet count as the riskier answer, so every rating in it is provisional; the action plan lists them.`,
      10.5,
      BAND_COLOURS.high,
      'bold',
    );
  }
  if (summary.redFlags.length) {
    page.paragraph(
      $localize`:@@pdf.coverFlags:Red flags: ${summary.redFlags.join('; ')}:flags:`,
      10.5,
      BAND_COLOURS['very-high'],
      'bold',
    );
  }
  page.y = PAGE.height - 62;
  page.paragraph(
    $localize`:@@pdf.coverNote:This report was made with Haven from the answers of the business named above. It rates the risk that the business, its premises, services or partners are used to sexually exploit or traffic children, explains each rating, and sets out an action plan. The document id is the SHA-256 of the questionnaire version, the scoring parameters, the answers and the action plan: a reader can recompute it from the assessment file to check that the report matches it. No names or details of children, guests or suspected offenders were asked for or recorded.`,
    9,
    MUTED,
  );
}

function drawBandBox(page: PageWriter, label: string, band: Band, bandLabel: string): void {
  const { doc } = page;
  page.ensure(22);
  doc
    .setFillColor(...BAND_SOFT[band])
    .roundedRect(PAGE.margin, page.y, CONTENT_WIDTH, 18, 2, 2, 'F');
  doc.setFillColor(...BAND_COLOURS[band]).rect(PAGE.margin, page.y, 3, 18, 'F');
  doc
    .setFont(FONT, 'normal')
    .setFontSize(11)
    .setTextColor(...INK);
  doc.text(label, PAGE.margin + 8, page.y + 11);
  doc
    .setFont(FONT, 'bold')
    .setFontSize(16)
    .setTextColor(...BAND_COLOURS[band]);
  doc.text(bandLabel, PAGE.margin + 60, page.y + 11.5);
  page.y += 24;
}

function drawSummary(page: PageWriter, model: ReportModel, locale: string): void {
  const { summary } = model;
  page.heading($localize`:@@pdf.summary:Executive summary`);
  drawBandBox(page, overallLabel(model), summary.band, summary.bandLabel);
  page.paragraph(
    $localize`:@@pdf.overallExplain:The overall rating is the worst rating of any single risk; a Very high risk is never averaged away.`,
    9.5,
    MUTED,
  );
  page.table({
    head: [[$localize`:@@pdf.measure:Measure`, $localize`:@@pdf.value:Value`]],
    columnStyles: { 0: { cellWidth: 90 } },
    body: [
      ...summary.counts.map((c) => [
        $localize`:@@pdf.itemsIn:Risks rated ${c.label}:band:`,
        String(c.count),
      ]),
      [$localize`:@@pdf.redFlagCount:Red flags`, String(summary.redFlags.length)],
      [
        $localize`:@@pdf.unverifiedCount:Unverified answers (“Don't know”)`,
        String(summary.unverified.length),
      ],
      [$localize`:@@pdf.unansweredCount:Questions not answered`, String(summary.unansweredCount)],
      [
        $localize`:@@pdf.coverage:Code criteria coverage`,
        formatPercent(summary.coveragePercent / 100, locale),
      ],
    ],
  });
  if (summary.redFlags.length) {
    page.heading($localize`:@@pdf.redFlags:Red flags`, 12);
    page.bullets(summary.redFlags, 10, BAND_COLOURS['very-high'], 'bold');
    page.paragraph(
      $localize`:@@pdf.redFlagsExplain:Each red flag sets the risks it touches to Very high, whatever safeguards are in place.`,
      9,
      MUTED,
    );
  }
  if (summary.unverified.length) {
    page.heading($localize`:@@pdf.unverified:Unverified answers`, 12);
    page.paragraph(
      $localize`:@@pdf.unverifiedExplain:These questions were answered “Don't know”; each counts as the riskier answer until it is checked.`,
      9,
      MUTED,
    );
    page.bullets(summary.unverified, 9.5);
  }
  if (summary.unansweredCount) {
    const count = summary.unansweredCount;
    page.paragraph(
      plural(count, {
        one: $localize`:@@pdf.provisionalOne:1 question is not answered yet and counts as the riskier answer: this rating is provisional.`,
        other: $localize`:@@pdf.provisionalMany:${count}:count: questions are not answered yet and count as the riskier answer: this rating is provisional.`,
      }),
      9.5,
      BAND_COLOURS.high,
      'bold',
    );
  }
}

function drawHeatMap(page: PageWriter, model: ReportModel): void {
  const { doc } = page;
  const cell = 14;
  page.ensure(cell * 5 + 38);
  page.heading($localize`:@@pdf.heatMap:Risk map`, 12);
  page.bookmark($localize`:@@pdf.heatMap:Risk map`);
  page.paragraph(
    $localize`:@@pdf.heatMapExplain:Each number is a risk from the table that follows, placed by its residual likelihood (up) and severity (across). A number marked * has a red flag: it is Very high wherever it sits.`,
    9,
    MUTED,
  );
  const left = PAGE.margin + 18;
  const top = page.y + 2;
  doc
    .setFont(FONT, 'normal')
    .setFontSize(8)
    .setTextColor(...MUTED);
  doc.text($localize`:@@pdf.likelihood:Likelihood`, PAGE.margin + 3, top + (5 * cell) / 2, {
    angle: 90,
    align: 'center',
  });
  model.heatMap.forEach((row, r) => {
    doc
      .setFont(FONT, 'normal')
      .setFontSize(8)
      .setTextColor(...MUTED);
    doc.text(String(row[0].likelihood), left - 4, top + r * cell + cell / 2 + 1, {
      align: 'right',
    });
    row.forEach((c, s) => {
      const x = left + s * cell;
      const y = top + r * cell;
      doc
        .setFillColor(...BAND_SOFT[c.band])
        .setDrawColor(255, 255, 255)
        .setLineWidth(0.8);
      doc.rect(x, y, cell, cell, 'FD');
      if (c.items.length) {
        const label = c.items.map((n) => (c.flagged.includes(n) ? `${n}*` : String(n))).join(', ');
        doc
          .setFont(FONT, 'bold')
          .setFontSize(8)
          .setTextColor(...BAND_COLOURS[c.flagged.length ? 'very-high' : c.band]);
        doc.text(doc.splitTextToSize(label, cell - 2), x + cell / 2, y + cell / 2 + 1, {
          align: 'center',
        });
      }
    });
  });
  [1, 2, 3, 4, 5].forEach((severity, s) => {
    doc
      .setFont(FONT, 'normal')
      .setFontSize(8)
      .setTextColor(...MUTED);
    doc.text(String(severity), left + s * cell + cell / 2, top + 5 * cell + 4, { align: 'center' });
  });
  doc.text($localize`:@@pdf.severity:Severity`, left + (5 * cell) / 2, top + 5 * cell + 9, {
    align: 'center',
  });
  // Legend beside the grid: the colour of each band, with its name.
  const legendX = left + 5 * cell + 12;
  model.summary.counts.forEach((c, i) => {
    const y = top + 4 + i * 8;
    doc.setFillColor(...BAND_SOFT[c.band]).rect(legendX, y - 3.5, 5, 5, 'F');
    doc
      .setFont(FONT, 'normal')
      .setFontSize(9)
      .setTextColor(...INK);
    doc.text(c.label, legendX + 8, y);
  });
  page.y = top + 5 * cell + 16;
}

function drawItems(page: PageWriter, model: ReportModel): void {
  page.heading($localize`:@@pdf.items:Risks and the reasons for their ratings`);
  const body: RowInput[] = model.items.map((item) => [
    String(item.number),
    `${item.title}${item.hasRedFlag ? `\n${$localize`:@@pdf.redFlagMark:Red flag`}` : ''}`,
    `${item.inherent.score} ${item.inherent.label}`,
    `${item.residual.score} ${item.residual.label}`,
    item.reasons.join('\n'),
  ]);
  page.table({
    head: [
      [
        $localize`:@@pdf.no:No.`,
        $localize`:@@pdf.risk:Risk`,
        $localize`:@@pdf.inherent:Inherent`,
        $localize`:@@pdf.residual:Residual`,
        $localize`:@@pdf.why:Why`,
      ],
    ],
    body,
    styles: DENSE_TABLE,
    columnStyles: {
      0: { cellWidth: 9 },
      1: { cellWidth: 36, fontStyle: 'bold' },
      2: { cellWidth: 19 },
      3: { cellWidth: 19 },
    },
    didParseCell: (data) => {
      if (data.section !== 'body' || (data.column.index !== 2 && data.column.index !== 3)) return;
      const item = model.items[data.row.index];
      const band = data.column.index === 2 ? item.inherent.band : item.residual.band;
      data.cell.styles.fillColor = BAND_SOFT[band];
      data.cell.styles.textColor = BAND_COLOURS[band];
      data.cell.styles.fontStyle = 'bold';
    },
  });
}

function drawCriteria(page: PageWriter, model: ReportModel, locale: string): void {
  page.heading($localize`:@@pdf.criteria:The six Code criteria`, 12);
  page.table({
    head: [[$localize`:@@pdf.criterion:Criterion`, $localize`:@@pdf.inPlace:In place`]],
    columnStyles: { 1: { cellWidth: 40, halign: 'right' } },
    body: model.criteria.map((c) => [
      c.label,
      c.percent === null
        ? $localize`:@@pdf.notAsked:Not asked`
        : formatPercent(c.percent / 100, locale),
    ]),
  });
}

function drawPlan(page: PageWriter, model: ReportModel): void {
  const { plan } = model;
  page.heading($localize`:@@pdf.actions:Action plan`);
  if (plan.openQuestions.length) {
    const count = plan.openQuestions.length;
    page.paragraph(
      plural(count, {
        one: $localize`:@@pdf.planOpenOne:First, answer the remaining question. Until it is answered it counts as the riskier answer, so the plan below is incomplete:`,
        other: $localize`:@@pdf.planOpenMany:First, answer the remaining ${count}:count: questions. Until they are answered they count as the riskier answer, so the plan below is incomplete:`,
      }),
      10,
      BAND_COLOURS.high,
      'bold',
    );
    page.bullets(plan.openQuestions, 9);
  }
  if (plan.hasOnlyRemainingRisk) {
    page.paragraph(
      $localize`:@@pdf.nothingLeft:Every question is answered and no action is left to take: every safeguard that bears on these risks is in use and checked.`,
    );
  }
  if (plan.actions.length) {
    page.table({
      head: [
        [
          $localize`:@@pdf.priority:Priority`,
          $localize`:@@pdf.action:Gap and action`,
          $localize`:@@pdf.onceDone:Once done`,
          $localize`:@@pdf.owner:Owner, due, status`,
        ],
      ],
      body: plan.actions.map((a) => [
        [a.priorityLabel, a.criteria].filter(Boolean).join('\n'),
        [
          a.gap,
          a.action,
          ...a.targets.map((target) => `• ${target}`),
          ...(a.note ? [`${$localize`:@@pdf.note:Note`}: ${a.note}`] : []),
        ].join('\n'),
        a.outcomes.join('\n') || '—',
        [a.owner || '—', a.due || '—', a.status].join('\n'),
      ]),
      styles: DENSE_TABLE,
      columnStyles: { 0: { cellWidth: 26 }, 2: { cellWidth: 42 }, 3: { cellWidth: 30 } },
      didParseCell: (data) => {
        if (data.section === 'body' && data.column.index === 0) data.cell.styles.fontStyle = 'bold';
      },
    });
  }
  if (plan.remaining.length) {
    page.heading($localize`:@@pdf.remaining:Risk that remains`, 12);
    page.paragraph(
      $localize`:@@pdf.remainingExplain:Nothing in this plan lowers these risks further: the likelihood comes from where the business works and what it offers, and the safeguards already lower it as far as the method allows. Keep the safeguards checked and review them every year.`,
      9.5,
      MUTED,
    );
    page.bullets(
      plan.remaining.map((risk) => `${risk.number}. ${risk.title} — ${risk.label} (${risk.score})`),
      10,
    );
  }
  if (plan.hasNoGap) {
    page.paragraph(
      $localize`:@@pdf.noActions:Every question is answered and every risk is Low: the answers show no gap that needs an action. Keep the safeguards checked and review them every year.`,
    );
  }
}

function drawAnswers(page: PageWriter, model: ReportModel): void {
  page.heading($localize`:@@pdf.answers:Appendix: all answers`);
  page.paragraph(
    $localize`:@@pdf.answersExplain:Every question that applied, with the answer given. Questions hidden by earlier answers are left out.`,
    9,
    MUTED,
  );
  for (const section of model.answers) {
    page.heading(section.section, 11);
    page.table({
      columnStyles: { 0: { cellWidth: 110 } },
      styles: {
        font: FONT,
        fontSize: 8.5,
        textColor: INK,
        cellPadding: 1.5,
        lineColor: RULE,
        lineWidth: 0.2,
      },
      body: section.rows.map((row) => [row.question, row.answer]),
      didParseCell: (data) => {
        if (
          data.section === 'body' &&
          data.column.index === 1 &&
          section.rows[data.row.index].isUnverified
        ) {
          data.cell.styles.textColor = BAND_COLOURS.high;
          data.cell.styles.fontStyle = 'bold';
        }
      },
    });
  }
}

function drawMethod(page: PageWriter, model: ReportModel): void {
  const p = model.parameters;
  page.heading($localize`:@@pdf.method:How the ratings are made`);
  const paragraphs = [
    $localize`:@@pdf.method0:The assessment follows human rights due diligence as the UN Guiding Principles on Business and Human Rights describe it (find, prevent, track, account for harm to people) and the six criteria of The Code, the Code of Conduct for the Protection of Children from Sexual Exploitation in Travel and Tourism. A child is anyone under 18. It is not an official rating by The Code.`,
    $localize`:@@pdf.method1:Each risk is rated for this business alone. Likelihood starts at ${p.baseLikelihood}:base: and rises with the destination (0 to ${p.maxContextPoints}:maxContext: points: ${p.contextSomeFactors}:some: or more context factors give 1 point, ${p.contextManyFactors}:many: or more, or a known place of exploitation nearby, give ${p.maxContextPoints}:maxContext2:) and with the business's own exposure (0 to ${p.maxExposurePoints}:maxExposure: points from the practices that create private, unobserved or anonymous access to children), up to ${p.maxLikelihood}:maxLikelihood:.`,
    $localize`:@@pdf.method2:Severity is 5 for the sexual exploitation or trafficking of a child: the harm is grave and often cannot be undone. It is 4 only for related harms, such as children working in the supply chain or intrusive photography. Inherent risk = likelihood × severity, from 1 to 25: up to ${p.bandLimits.low}:low: Low, up to ${p.bandLimits.medium}:medium: Medium, up to ${p.bandLimits.high}:high: High, above that Very high.`,
    $localize`:@@pdf.method3:Each safeguard is rated 0 (not in place), 1 (written down only), 2 (in use and known by the staff concerned) or 3 (in use and checked with records, refreshers or spot checks). Without a yearly review (criterion 6) no safeguard counts above ${p.capWithoutReview}:cap:. The safeguards that bear on a risk are averaged: an average of ${p.reduceOneLevelFrom}:one: or more lowers likelihood by one level, ${p.reduceTwoLevelsFrom}:two: or more by two levels, but by at most one level unless at least one of them is rated 3. Likelihood never falls below 1 and severity is never reduced: safeguards lower the chance of harm, not its gravity. Residual risk = the lowered likelihood × severity, in the same bands.`,
    $localize`:@@pdf.method4:A red flag is a practice so strongly linked to harm that it sets the likelihood of the risks it touches to ${p.maxLikelihood}:maxLikelihood:, before and after safeguards, so they are Very high whatever else is in place: orphanage visits, volunteers or visitors left alone with children or placed without record checks, rooms by the hour without identifying every occupant, children let into rooms with unrelated adults without a check, children presented as an attraction, a partner refusing the child-protection clause, an incident left uncorrected, staff steering travellers to exploitation, or a guest network without abuse-material filtering.`,
    $localize`:@@pdf.method5:“Don't know”, and any question not yet answered, counts as the riskier answer; “Don't know” is marked unverified, and a report with unanswered questions is a draft. The overall rating is the worst residual rating of any risk, shown with the number of risks in each band. Criteria coverage is the sum of safeguard ratings divided by the highest possible sum.`,
    $localize`:@@pdf.method6:The questionnaire version, the answers and the scoring parameters are kept with the assessment, so a reviewer can recompute every rating.`,
  ];
  for (const text of paragraphs) page.paragraph(text, 10);
}
