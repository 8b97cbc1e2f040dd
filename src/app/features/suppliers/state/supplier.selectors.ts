import { createSelector } from '@ngrx/store';

import { Assessment } from '../../../domain/assessment/assessment';
import { Answers } from '../../../domain/questionnaire/answers';
import { findQuestionSet } from '../../../domain/questionnaire/sets';
import { AssessmentScore } from '../../../domain/scoring/assessment-score';
import { scoreAssessment } from '../../../domain/scoring/score-assessment';
import {
  byBandThenVolume,
  matchesFilter,
  portfolioRow,
  summarize,
} from '../../../domain/suppliers/portfolio';
import { assessmentsFeature } from '../../assessments/state/assessment.feature';
import { suppliersFeature } from './supplier.feature';

// Scores memoized per answer set: when one supplier's answers change, the other 1,999 are not
// scored again. Answers are immutable in the store, so the object itself is the key.
const scores = new WeakMap<Answers, AssessmentScore | undefined>();

function scoreOf(assessment: Assessment | undefined): AssessmentScore | undefined {
  if (!assessment) return undefined;
  if (!scores.has(assessment.answers)) {
    const set = findQuestionSet(assessment.setId, assessment.setVersion);
    scores.set(assessment.answers, set ? scoreAssessment(set, assessment.answers) : undefined);
  }
  return scores.get(assessment.answers);
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
        return portfolioRow(supplier, assessment, scoreOf(assessment));
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
