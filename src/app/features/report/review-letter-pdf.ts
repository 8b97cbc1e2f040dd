import { formatDate } from '@angular/common';

import { ReviewLetterModel } from '../../domain/report/review-letter';
import { PHRASES } from '../../shared/i18n/phrases';
import {
  BAND_COLOURS,
  BAND_SOFT,
  createDocument,
  DENSE_TABLE,
  drawFooters,
  MUTED,
  PageWriter,
  PdfFonts,
} from './pdf-document';

/** Draws the letter a reviewer sends a business about its submission, from a worded model. */
export function renderReviewLetterPdf(
  model: ReviewLetterModel,
  fonts: PdfFonts,
  locale: string,
): Blob {
  const title = $localize`:@@letter.title:Review of your child-protection risk assessment`;
  const doc = createDocument(
    fonts,
    title,
    $localize`:@@pdf.subject:Risk assessment in the spirit of The Code`,
    locale,
  );
  const page = new PageWriter(doc);
  const date = (iso: string) => formatDate(iso, 'longDate', locale);

  page.heading(title, 16);
  page.paragraph(date(model.writtenAt), 10, MUTED);
  page.paragraph(model.business.name, 12, undefined, 'bold');
  page.paragraph(`${model.business.sector} · ${model.business.place}`, 10, MUTED);
  page.paragraph(
    $localize`:@@letter.about:About your submission of ${date(model.submittedAt)}:date: (reference ${model.submissionId}:id:, seal ${model.digest.slice(0, 16)}:digest:…).`,
    10,
  );

  page.heading($localize`:@@letter.decision:Decision`, 12);
  page.table({
    body: [
      [$localize`:@@letter.status:Status`, model.decision],
      [
        $localize`:@@letter.band:Overall risk, as Haven computes it from your answers`,
        PHRASES.band(model.band),
      ],
      ...(model.redFlags.length
        ? [[$localize`:@@pdf.redFlags:Red flags`, model.redFlags.join('\n')]]
        : []),
    ],
    columnStyles: { 0: { cellWidth: 70, fontStyle: 'bold' } },
    didParseCell: (data) => {
      if (data.row.index !== 1 || data.column.index !== 1) return;
      data.cell.styles.fillColor = BAND_SOFT[model.band];
      data.cell.styles.textColor = BAND_COLOURS[model.band];
      data.cell.styles.fontStyle = 'bold';
    },
  });
  if (model.note) page.paragraph(model.note, 10.5);

  if (model.mismatches.length) {
    page.heading($localize`:@@letter.mismatch:The result in your file`, 12);
    page.paragraph(
      $localize`:@@letter.mismatchText:The result written in your submission file is not the one Haven computes from its answers. The review is based on the answers. Differences:`,
      10,
    );
    page.bullets(model.mismatches, 9.5);
  }

  page.heading($localize`:@@letter.remarks:Comments on your answers`, 12);
  if (model.remarks.length) {
    page.table({
      head: [
        [
          $localize`:@@letter.question:Question`,
          $localize`:@@letter.answer:Your answer`,
          $localize`:@@letter.comment:Comment`,
        ],
      ],
      styles: DENSE_TABLE,
      columnStyles: { 0: { cellWidth: 62 }, 1: { cellWidth: 36 } },
      body: model.remarks.map((r) => [
        r.question,
        r.answer,
        [r.comment, r.evidenceRequested ? $localize`:@@letter.evidence:Please send evidence.` : '']
          .filter(Boolean)
          .join('\n'),
      ]),
    });
  } else {
    page.paragraph($localize`:@@letter.noRemarks:No comments on individual answers.`, 10, MUTED);
  }

  page.paragraph(
    $localize`:@@letter.howToReply:Import the review response file that comes with this letter into Haven to see these comments next to your answers. Start next year's assessment from this submission so your answers carry over.`,
    9.5,
    MUTED,
  );
  page.paragraph(
    model.reviewerName
      ? $localize`:@@letter.signed:Reviewed by ${model.reviewerName}:name:`
      : $localize`:@@letter.unsigned:Reviewer's name not set`,
    10.5,
    undefined,
    'bold',
  );

  drawFooters(
    doc,
    `Haven · ${$localize`:@@letter.footer:Review letter`} · ${model.business.name} · ${formatDate(model.writtenAt, 'mediumDate', locale)}`,
  );
  return doc.output('blob');
}
