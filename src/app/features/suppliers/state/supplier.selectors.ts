import { createSelector } from '@ngrx/store';

import { Assessment, PlanEntry } from '../../../domain/assessment/assessment';
import { Answers } from '../../../domain/questionnaire/answers';
import { findQuestionSet } from '../../../domain/questionnaire/sets';
import { AssessmentScore } from '../../../domain/scoring/assessment-score';
import { scoreAssessment } from '../../../domain/scoring/score-assessment';
import { withRegisterFacts } from '../../../domain/suppliers/register-facts';
import { ClauseStatus, Supplier } from '../../../domain/suppliers/supplier';
import {
  byBandThenVolume,
  matchesFilter,
  overdueEntries,
  portfolioRow,
  summarize,
} from '../../../domain/suppliers/portfolio';
import { assessmentsFeature } from '../../assessments/state/assessment.feature';
import { suppliersFeature } from './supplier.feature';
import { CONTENT } from '../../../shared/i18n/content';

// Scores memoized per answer set and register clause status: when one supplier changes, the
// other 1,999 are not scored again. Answers are immutable in the store, so the object is the key.
const scores = new WeakMap<Answers, Map<ClauseStatus, AssessmentScore | undefined>>();

/** A supplier's score: its answers with what the register says, as its own page scores it. */
function scoreOf(
  assessment: Assessment | undefined,
  supplier: Supplier,
): AssessmentScore | undefined {
  if (!assessment) return undefined;
  const byClause = scores.get(assessment.answers) ?? new Map();
  scores.set(assessment.answers, byClause);
  if (!byClause.has(supplier.clauseStatus)) {
    const set = findQuestionSet(assessment.setId, assessment.setVersion);
    const answers = withRegisterFacts(assessment.answers, supplier);
    byClause.set(supplier.clauseStatus, set ? scoreAssessment(set, answers) : undefined);
  }
  return byClause.get(supplier.clauseStatus);
}

/** Each supplier's most recent assessment. */
export const selectAssessmentsBySupplier = createSelector(
  assessmentsFeature.selectAllAssessments,
  (assessments) => {
    const bySupplier = new Map<string, Assessment>();
    for (const assessment of assessments) {
      const id = assessment.supplier?.supplierId;
      if (!id) continue;
      const current = bySupplier.get(id);
      if (!current || current.updatedAt < assessment.updatedAt) bySupplier.set(id, assessment);
    }
    return bySupplier;
  },
);

/** The whole portfolio in follow-up order: worst band first, then the largest volume. */
export const selectPortfolioRows = createSelector(
  suppliersFeature.selectAllSuppliers,
  selectAssessmentsBySupplier,
  (suppliers, bySupplier) =>
    suppliers
      .map((supplier) => {
        const assessment = bySupplier.get(supplier.id);
        return portfolioRow(supplier, assessment, scoreOf(assessment, supplier));
      })
      .sort(byBandThenVolume),
);

export const selectFilteredRows = createSelector(
  selectPortfolioRows,
  suppliersFeature.selectFilter,
  (rows, filter) => rows.filter((row) => matchesFilter(row, filter)),
);

export const selectPortfolioSummary = createSelector(selectPortfolioRows, summarize);

export const selectCountries = createSelector(suppliersFeature.selectAllSuppliers, (suppliers) =>
  [...new Set(suppliers.map((s) => s.country.trim()).filter(Boolean))].sort((a, b) =>
    a.localeCompare(b),
  ),
);

export const selectSupplierRow = (id: string) =>
  createSelector(selectPortfolioRows, (rows) => rows.find((row) => row.supplier.id === id));

/** Every dated action in a supplier's plan, with the supplier it concerns. */
export const selectFollowUps = createSelector(
  suppliersFeature.selectSupplierEntities,
  selectAssessmentsBySupplier,
  (suppliers, bySupplier) => {
    const followUps: FollowUp[] = [];
    for (const [supplierId, assessment] of bySupplier) {
      const supplier = suppliers[supplierId];
      const set = findQuestionSet(assessment.setId, assessment.setVersion);
      if (!supplier || !set) continue;
      for (const [actionId, entry] of Object.entries(assessment.plan)) {
        if (!entry.due) continue;
        const action = set.actions.find((a) => a.id === actionId);
        followUps.push({
          supplierId,
          supplierName: supplier.name,
          assessmentId: assessment.id,
          gap: action ? CONTENT(action.gap) : actionId,
          entry,
        });
      }
    }
    return followUps;
  },
);

/** Follow-ups past their due date and not done, oldest first. `today` is yyyy-mm-dd. */
export const selectOverdueFollowUps = (today: string) =>
  createSelector(selectFollowUps, (followUps) => overdueEntries(followUps, today));

export interface FollowUp {
  readonly supplierId: string;
  readonly supplierName: string;
  readonly assessmentId: string;
  readonly gap: string;
  readonly entry: PlanEntry;
}
