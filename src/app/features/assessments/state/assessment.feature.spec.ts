import { Assessment } from '../../../domain/assessment/assessment';
import { newAssessment } from '../../../domain/assessment/new-assessment';
import { ACCOMMODATION } from '../../../domain/questionnaire/sets/accommodation';
import {
  FileActions,
  HomePageActions,
  PlanPageActions,
  StorageActions,
  SubmissionActions,
  WizardPageActions,
} from './assessment.actions';
import { assessmentsFeature, AssessmentsState } from './assessment.feature';

const reducer = assessmentsFeature.reducer;
const STORED: Assessment = newAssessment(ACCOMMODATION, 'a1', '2026-11-01T10:00:00.000Z');

function loaded(...assessments: Assessment[]): AssessmentsState {
  return reducer(undefined, StorageActions.assessmentsLoaded({ assessments }));
}

describe('assessmentsFeature reducer', () => {
  describe('another tab wrote the same assessment', () => {
    const base = { ...STORED, answers: { businessName: 'Harbour Inn', hasBar: 'no' } };

    it("shows the other tab's edits and keeps this tab's unsaved ones, field by field", () => {
      const typing = reducer(
        loaded(base),
        WizardPageActions.answersChanged({ id: 'a1', answers: { hasSpa: 'yes' } }),
      );
      const stored = { ...base, answers: { ...base.answers, hasBar: 'yes' }, updatedAt: 'z' };
      const state = reducer(typing, StorageActions.changedElsewhere({ id: 'a1', stored, base }));
      expect(state.entities['a1']?.answers).toEqual({
        businessName: 'Harbour Inn',
        hasBar: 'yes',
        hasSpa: 'yes',
      });
    });

    it('removes an assessment deleted in the other tab', () => {
      const state = reducer(
        loaded(base),
        StorageActions.changedElsewhere({ id: 'a1', stored: undefined, base }),
      );
      expect(state.ids).toEqual([]);
    });
  });

  it('turns read-only once storage is full: edits no longer change what is shown', () => {
    const full = reducer(
      loaded(STORED),
      StorageActions.saveFailed({ message: 'quota', isFull: true }),
    );
    expect(full.isStorageFull).toBeTrue();
    const after = reducer(
      full,
      WizardPageActions.answersChanged({ id: 'a1', answers: { hasSpa: 'yes' } }),
    );
    expect(after.entities['a1']).toEqual(STORED);
    const other = reducer(loaded(STORED), StorageActions.saveFailed({ message: 'io' }));
    expect(other.isStorageFull).toBeFalse();
  });

  it('holds the stored assessments once loaded', () => {
    const state = loaded(STORED);
    expect(state.isLoaded).toBeTrue();
    expect(state.entities['a1']).toEqual(STORED);
  });

  it('keeps an assessment started before the load finished', () => {
    const started = HomePageActions.assessmentStarted(ACCOMMODATION);
    const state = reducer(
      reducer(undefined, started),
      StorageActions.assessmentsLoaded({ assessments: [STORED] }),
    );
    expect(state.ids.length).toBe(2);
  });

  it('merges changed answers and records when', () => {
    const state = reducer(
      loaded({ ...STORED, answers: { hasBar: 'no' } }),
      WizardPageActions.answersChanged({ id: 'a1', answers: { hasSpa: 'yes' } }),
    );
    expect(state.entities['a1']!.answers).toEqual({ hasBar: 'no', hasSpa: 'yes' });
    expect(state.entities['a1']!.updatedAt).not.toBe(STORED.updatedAt);
    expect(state.saveStatus).toBe('pending');
  });

  it('returns the same state when an answer does not change', () => {
    const before = loaded({ ...STORED, answers: { hasBar: 'no' } });
    expect(
      reducer(before, WizardPageActions.answersChanged({ id: 'a1', answers: { hasBar: 'no' } })),
    ).toBe(before);
  });

  it('records the step to resume on', () => {
    const state = reducer(loaded(STORED), WizardPageActions.stepChanged({ id: 'a1', step: 4 }));
    expect(state.entities['a1']!.step).toBe(4);
  });

  it('records a plan entry against its action', () => {
    const entry = { owner: 'GM', due: '2027-01-31', status: 'in-progress' as const, note: '' };
    const state = reducer(
      loaded(STORED),
      PlanPageActions.entryChanged({ id: 'a1', actionId: 'adopt-policy', entry }),
    );
    expect(state.entities['a1']!.plan).toEqual({ 'adopt-policy': entry });
  });

  it('adds an imported assessment and removes a deleted one', () => {
    const imported = { ...STORED, id: 'b2' };
    let state = reducer(
      loaded(STORED),
      FileActions.imported({ assessment: imported, isCopy: false }),
    );
    expect(state.ids).toEqual(['a1', 'b2']);
    state = reducer(state, HomePageActions.deleteConfirmed({ id: 'a1' }));
    expect(state.ids).toEqual(['b2']);
  });

  it('tracks whether the last change reached the device', () => {
    const pending = reducer(loaded(STORED), WizardPageActions.stepChanged({ id: 'a1', step: 1 }));
    expect(reducer(pending, StorageActions.assessmentSaved({ id: 'a1' })).saveStatus).toBe('saved');
    expect(reducer(pending, StorageActions.saveFailed({ message: 'quota' })).saveStatus).toBe(
      'failed',
    );
  });

  describe('after submission', () => {
    const submission = {
      submissionId: 's1',
      submittedAt: '2026-11-05T10:00:00.000Z',
      digest: 'd'.repeat(64),
    };
    const submitted = reducer(
      loaded({
        ...STORED,
        answers: { businessName: 'Inn' },
        plan: { 'adopt-policy': { owner: 'GM', due: '', status: 'done', note: '' } },
      }),
      SubmissionActions.submitted({
        id: 'a1',
        businessId: 'b1',
        submission,
      }),
    );

    it('keeps the business id and locks the answers and the plan', () => {
      expect(submitted.entities['a1']!.businessId).toBe('b1');
      const typed = reducer(
        submitted,
        WizardPageActions.answersChanged({ id: 'a1', answers: { businessName: 'Other' } }),
      );
      expect(typed).toBe(submitted);
      const planned = reducer(
        submitted,
        PlanPageActions.entryChanged({
          id: 'a1',
          actionId: 'adopt-policy',
          entry: { owner: 'X', due: '', status: 'not-started', note: '' },
        }),
      );
      expect(planned).toBe(submitted);
    });

    it("starts next year's draft with the same business id and answers, unlocked, without done actions", () => {
      const next = SubmissionActions.nextDraftStarted(submitted.entities['a1']!, ACCOMMODATION);
      const state = reducer(submitted, next);
      const draft = state.entities[next.assessment.id]!;
      expect(draft.id).not.toBe('a1');
      expect(draft.businessId).toBe('b1');
      expect(draft.answers).toEqual({ businessName: 'Inn' });
      expect(draft.submission).toBeUndefined();
      expect(draft.plan).toEqual({});
      const typed = reducer(
        state,
        WizardPageActions.answersChanged({ id: draft.id, answers: { businessName: 'Inn 2027' } }),
      );
      expect(typed.entities[draft.id]!.answers['businessName']).toBe('Inn 2027');
    });
  });
});
