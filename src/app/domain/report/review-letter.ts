import { Band } from '../scoring/risk-band';

/** The review letter's content, already worded by the selectors: the PDF code only draws it. */
export interface ReviewLetterModel {
  readonly writtenAt: string;
  readonly reviewerName: string;
  readonly business: { readonly name: string; readonly place: string; readonly sector: string };
  readonly submittedAt: string;
  readonly submissionId: string;
  readonly digest: string;
  readonly decision: string;
  readonly note: string;
  readonly band: Band;
  readonly redFlags: readonly string[];
  readonly mismatches: readonly string[];
  /** Only the answers the reviewer remarked on, in questionnaire order. */
  readonly remarks: readonly {
    readonly question: string;
    readonly answer: string;
    readonly comment: string;
    readonly evidenceRequested: boolean;
  }[];
}

export interface ReviewLetterInput {
  readonly profile: { readonly name: string; readonly locality: string; readonly country: string };
  readonly sector: string;
  readonly submittedAt: string;
  readonly submissionId: string;
  readonly digest: string;
  readonly decision: string;
  readonly note: string;
  readonly band: Band;
  readonly redFlags: readonly string[];
  readonly mismatches: readonly string[];
  readonly answers: readonly {
    readonly question: string;
    readonly answer: string;
    readonly review?: { readonly comment: string; readonly evidenceRequested: boolean };
  }[];
}

export function buildReviewLetter(
  input: ReviewLetterInput,
  reviewerName: string,
  writtenAt: string,
): ReviewLetterModel {
  return {
    writtenAt,
    reviewerName,
    business: {
      name: input.profile.name,
      place: [input.profile.locality, input.profile.country].filter(Boolean).join(', '),
      sector: input.sector,
    },
    submittedAt: input.submittedAt,
    submissionId: input.submissionId,
    digest: input.digest,
    decision: input.decision,
    note: input.note.trim(),
    band: input.band,
    redFlags: input.redFlags,
    mismatches: input.mismatches,
    remarks: input.answers.flatMap((a) =>
      a.review
        ? [
            {
              question: a.question,
              answer: a.answer,
              comment: a.review.comment.trim(),
              evidenceRequested: a.review.evidenceRequested,
            },
          ]
        : [],
    ),
  };
}
