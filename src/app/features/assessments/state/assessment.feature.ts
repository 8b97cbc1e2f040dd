import { createEntityAdapter, EntityState } from '@ngrx/entity';
import { createFeature, createReducer, createSelector, on } from '@ngrx/store';

import { Assessment, isLocked } from '../../../domain/assessment/assessment';
import { rebaseAssessment } from '../../../domain/assessment/field-merge';
import {
  AssessmentRouteActions,
  FileActions,
  HomePageActions,
  PlanPageActions,
  ReportActions,
  StorageActions,
  SubmissionActions,
  WizardPageActions,
} from './assessment.actions';
import { SupplierFileActions, SuppliersPageActions } from '../../suppliers/state/supplier.actions';

export type SaveStatus = 'idle' | 'pending' | 'saved' | 'failed';

export interface AssessmentsState extends EntityState<Assessment> {
  readonly isLoaded: boolean;
  readonly openedId: string | null;
  readonly saveStatus: SaveStatus;
  readonly isExportingPdf: boolean;
  /**
   * The device's storage is full: what is stored is the last good state, and nothing can be
   * changed until space is freed and the page reloaded.
   */
  readonly isStorageFull: boolean;
}

export const adapter = createEntityAdapter<Assessment>();

const initialState: AssessmentsState = adapter.getInitialState({
  isLoaded: false,
  openedId: null,
  saveStatus: 'idle' as SaveStatus,
  isExportingPdf: false,
  isStorageFull: false,
});

export const assessmentsFeature = createFeature({
  name: 'assessments',
  reducer: createReducer(
    initialState,
    on(StorageActions.assessmentsLoaded, (state, { assessments }) =>
      // Anything created before the load finished wins over a stale stored copy.
      adapter.addMany(assessments, { ...state, isLoaded: true }),
    ),
    on(StorageActions.loadFailed, (state) => ({ ...state, isLoaded: true })),
    on(
      HomePageActions.assessmentStarted,
      SuppliersPageActions.deskAssessmentStarted,
      SubmissionActions.nextDraftStarted,
      (state, { assessment }) => ({
        ...adapter.addOne(assessment, state),
        saveStatus: 'pending' as SaveStatus,
      }),
    ),
    on(
      FileActions.imported,
      FileActions.requestOpened,
      SupplierFileActions.responseImported,
      (state, { assessment }) => ({
        ...adapter.addOne(assessment, state),
        saveStatus: 'pending' as SaveStatus,
      }),
    ),
    on(HomePageActions.deleteConfirmed, (state, { id }) => adapter.removeOne(id, state)),
    on(AssessmentRouteActions.opened, (state, { id }) => ({ ...state, openedId: id })),
    on(
      WizardPageActions.answersChanged,
      WizardPageActions.pageHidden,
      (state, { id, answers, at }) => {
        const current = state.entities[id];
        if (
          !current ||
          isLocked(current) ||
          Object.entries(answers).every(([k, v]) => current.answers[k] === v)
        )
          return state;
        return changed(state, id, { answers: { ...current.answers, ...answers }, updatedAt: at });
      },
    ),
    on(WizardPageActions.stepChanged, (state, { id, step, at }) =>
      state.entities[id]?.step === step ? state : changed(state, id, { step, updatedAt: at }),
    ),
    on(PlanPageActions.entryChanged, (state, { id, actionId, entry, at }) => {
      const current = state.entities[id];
      if (!current || isLocked(current)) return state;
      return changed(state, id, { plan: { ...current.plan, [actionId]: entry }, updatedAt: at });
    }),
    on(SubmissionActions.submitted, (state, { id, businessId, submission }) =>
      state.entities[id]
        ? changed(state, id, { businessId, submission, updatedAt: submission.submittedAt })
        : state,
    ),
    on(SubmissionActions.reviewImported, (state, { id, review }) =>
      state.entities[id] ? changed(state, id, { review }) : state,
    ),
    on(ReportActions.pdfRequested, (state) => ({ ...state, isExportingPdf: true })),
    on(ReportActions.pdfExported, ReportActions.pdfFailed, (state) => ({
      ...state,
      isExportingPdf: false,
    })),
    on(StorageActions.assessmentSaved, (state) => ({
      ...state,
      saveStatus: 'saved' as SaveStatus,
    })),
    on(StorageActions.saveFailed, (state, { isFull }) => ({
      ...state,
      saveStatus: 'failed' as SaveStatus,
      isStorageFull: state.isStorageFull || !!isFull,
    })),
    on(StorageActions.changedElsewhere, (state, { id, stored, base }) => {
      if (!stored) return adapter.removeOne(id, state);
      const current = state.entities[id];
      // This tab's edits since `base` are laid over the stored copy: both tabs' edits stay.
      const next = current && base ? rebaseAssessment(base, current, stored) : stored;
      return adapter.setOne(next, state);
    }),
    on(StorageActions.reloaded, (state, { assessments }) => adapter.setAll(assessments, state)),
  ),
  extraSelectors: ({ selectAssessmentsState, selectOpenedId }) => {
    const { selectAll, selectEntities } = adapter.getSelectors(selectAssessmentsState);
    return {
      selectAllAssessments: selectAll,
      selectAssessmentEntities: selectEntities,
      selectOpenedAssessment: createSelector(selectEntities, selectOpenedId, (entities, id) =>
        id ? entities[id] : undefined,
      ),
    };
  },
});

function changed(
  state: AssessmentsState,
  id: string,
  changes: Partial<Assessment>,
): AssessmentsState {
  // Read-only once storage is full: what shows is what is stored, not edits that cannot be kept.
  if (state.isStorageFull) return state;
  return { ...adapter.updateOne({ id, changes }, state), saveStatus: 'pending' };
}
