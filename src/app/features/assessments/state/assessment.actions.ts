import { createActionGroup, emptyProps, props } from '@ngrx/store';

import { Assessment, PlanEntry, SubmissionRecord } from '../../../domain/assessment/assessment';
import { FileProblem } from '../../../domain/assessment/assessment-file';
import { newAssessment, nextDraft } from '../../../domain/assessment/new-assessment';
import { ReviewResponse, ReviewResponseProblem } from '../../../domain/review/review-response';
import { Answers } from '../../../domain/questionnaire/answers';
import { QuestionSet } from '../../../domain/questionnaire/question-set';

const now = () => new Date().toISOString();

export const HomePageActions = createActionGroup({
  source: 'Home Page',
  events: {
    'Assessment Started': (set: QuestionSet) => ({
      assessment: newAssessment(set, crypto.randomUUID(), now()),
    }),
    'Delete Confirmed': props<{ id: string }>(),
    'Export Requested': props<{ id: string }>(),
    'Import File Chosen': props<{ file: File }>(),
  },
});

export const AssessmentRouteActions = createActionGroup({
  source: 'Assessment Route',
  events: {
    Opened: props<{ id: string }>(),
  },
});

export const WizardPageActions = createActionGroup({
  source: 'Wizard Page',
  events: {
    'Answers Changed': (p: { id: string; answers: Answers }) => ({ ...p, at: now() }),
    'Step Changed': (p: { id: string; step: number }) => ({ ...p, at: now() }),
    /** The tab is being hidden or closed: what was typed must reach the device now. */
    'Page Hidden': (p: { id: string; answers: Answers }) => ({ ...p, at: now() }),
  },
});

export const PlanPageActions = createActionGroup({
  source: 'Plan Page',
  events: {
    'Entry Changed': (p: { id: string; actionId: string; entry: PlanEntry }) => ({
      ...p,
      at: now(),
    }),
  },
});

export const SubmissionActions = createActionGroup({
  source: 'Submission',
  events: {
    'Submit Confirmed': props<{ id: string }>(),
    /** The package was written: the assessment is locked and keeps its business id. */
    Submitted: props<{
      id: string;
      businessId: string;
      submission: SubmissionRecord;
    }>(),
    'Submit Failed': props<{ message: string }>(),
    'Next Draft Started': (previous: Assessment, set: QuestionSet) => ({
      assessment: nextDraft(previous, set, crypto.randomUUID(), now()),
    }),
    'Review File Chosen': props<{ file: File }>(),
    'Review Imported': props<{ id: string; review: ReviewResponse }>(),
    'Review Import Failed': props<{ fileName: string; problem: ReviewResponseProblem }>(),
  },
});

export const ReportActions = createActionGroup({
  source: 'Report',
  events: {
    'Pdf Requested': props<{ id: string }>(),
    'Pdf Exported': emptyProps(),
    'Pdf Failed': props<{ message: string }>(),
  },
});

export const StorageActions = createActionGroup({
  source: 'Storage',
  events: {
    'Assessments Loaded': props<{ assessments: Assessment[] }>(),
    'Load Failed': props<{ message: string }>(),
    /**
     * Assessments brought to a newer questionnaire at load, with how many of their answers could
     * not be carried over (their questions are open again).
     */
    'Answers Reopened': props<{ reopened: { name: string; count: number }[] }>(),
    'Assessment Saved': props<{ id: string }>(),
    /** Storage is full (isFull) or the write failed: what is on the device is the last good state. */
    'Save Failed': props<{ message: string; isFull?: boolean }>(),
    /**
     * Another tab wrote this assessment (or wrote other fields while this tab's write was in
     * flight): `stored` is what the database holds, `base` what this tab's edits started from.
     * Undefined `stored`: deleted in the other tab.
     */
    'Changed Elsewhere': props<{
      id: string;
      stored: Assessment | undefined;
      base: Assessment | undefined;
    }>(),
    /** Every assessment read again, after another tab wrote many at once (a restore). */
    Reloaded: props<{ assessments: Assessment[] }>(),
    'Delete Failed': props<{ message: string }>(),
  },
});

export const FileActions = createActionGroup({
  source: 'Assessment File',
  events: {
    Imported: props<{ assessment: Assessment; isCopy: boolean }>(),
    /** A supplier opened a tour operator's questionnaire request: a new assessment answers it. */
    'Request Opened': props<{ assessment: Assessment }>(),
    'Response Requested': props<{ id: string }>(),
    'Import Failed': props<{ fileName: string; problem: FileProblem }>(),
    /** The very same assessment, unchanged, is already on this device: nothing is imported. */
    'Already Here': props<{ fileName: string }>(),
    /** A questionnaire request this device is already answering: its answers open again. */
    'Request Already Open': props<{ id: string }>(),
  },
});
