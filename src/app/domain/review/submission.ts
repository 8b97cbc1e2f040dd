import { PlanEntry } from '../assessment/assessment';
import { canonicalJson } from '../assessment/canonical-json';
import { Answers } from '../questionnaire/answers';
import { QuestionSet } from '../questionnaire/question-set';
import { openAnswers, OpenedAnswers } from '../questionnaire/sets/migrations';
import { visibleView } from '../questionnaire/visibility';
import { AssessmentScore } from '../scoring/assessment-score';
import { Band } from '../scoring/risk-band';

export const SUBMISSION_FORMAT = 'haven-submission';
export const SUBMISSION_FORMAT_VERSION = 1;

/** The business as the reviewer needs to know it: no person is named anywhere in a submission. */
export interface SubmissionProfile {
  readonly name: string;
  readonly country: string;
  readonly locality: string;
}

/**
 * The result the business saw, kept in the package so the reviewer can compare it with what
 * Haven's own engine computes from the same answers.
 */
export interface SubmittedResult {
  readonly overallBand: Band;
  readonly redFlags: readonly string[];
  readonly unverified: readonly string[];
  readonly items: readonly SubmittedItem[];
}

export interface SubmittedItem {
  readonly id: string;
  readonly inherentScore: number;
  readonly residualScore: number;
  readonly band: Band;
}

/** What a business submits to The Code for review, before it is sealed with a digest. */
export interface Submission {
  readonly submissionId: string;
  /** The same for every submission of one business, year after year, so a reviewer can compare. */
  readonly businessId: string;
  readonly submittedAt: string;
  readonly profile: SubmissionProfile;
  readonly questionnaire: { readonly id: string; readonly version: string };
  /** Answers to the questions that were shown; answers to hidden questions stay on the device. */
  readonly answers: Answers;
  readonly plan: Readonly<Record<string, PlanEntry>>;
  readonly result: SubmittedResult;
}

export function resultOf(score: AssessmentScore): SubmittedResult {
  return {
    overallBand: score.overall.band,
    redFlags: score.redFlags.map((flag) => flag.id),
    unverified: score.unverified,
    items: score.items.map((item) => ({
      id: item.itemId,
      inherentScore: item.inherent.score,
      residualScore: item.residual.score,
      band: item.residual.band,
    })),
  };
}

export interface SubmissionInput {
  readonly set: QuestionSet;
  readonly answers: Answers;
  readonly plan: Readonly<Record<string, PlanEntry>>;
  readonly score: AssessmentScore;
  readonly submissionId: string;
  readonly businessId: string;
  readonly submittedAt: string;
}

export function buildSubmission(input: SubmissionInput): Submission {
  const { set } = input;
  const answers = visibleView(set, input.answers).answers;
  const actionIds = new Set(set.actions.map((a) => a.id));
  return {
    submissionId: input.submissionId,
    businessId: input.businessId,
    submittedAt: input.submittedAt,
    profile: {
      name: answers[set.profile.name] ?? '',
      country: answers[set.profile.country] ?? '',
      locality: answers[set.profile.locality] ?? '',
    },
    questionnaire: { id: set.id, version: set.version },
    answers,
    plan: Object.fromEntries(Object.entries(input.plan).filter(([id]) => actionIds.has(id))),
    result: resultOf(input.score),
  };
}

/**
 * The text the package digest is the SHA-256 of. Any change to any answer, plan entry, the result
 * or the profile changes it. It shows the file was not edited after Haven wrote it; it is not a
 * signature (without a server there are no keys).
 */
export function submissionDigestInput(submission: Submission): string {
  return canonicalJson(submission);
}

export function submissionFileText(submission: Submission, digest: string): string {
  return JSON.stringify(
    {
      format: SUBMISSION_FORMAT,
      formatVersion: SUBMISSION_FORMAT_VERSION,
      ...submission,
      digest,
    },
    null,
    2,
  );
}

/**
 * A submission's answers with the questionnaire version Haven ships now: a package sealed by an
 * earlier Haven is read and scored with the current questions, its seal checked on the original.
 */
export function openSubmission(submission: Submission): OpenedAnswers | undefined {
  return openAnswers(
    submission.questionnaire.id,
    submission.questionnaire.version,
    submission.answers,
  );
}
