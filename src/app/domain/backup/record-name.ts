import { Assessment } from '../assessment/assessment';
import { findQuestionSet } from '../questionnaire/sets';
import { ReceivedSubmission } from '../review/review';
import { Supplier } from '../suppliers/supplier';

export type RecordKind = 'assessment' | 'supplier' | 'submission';

/**
 * The name a user knows a record by, as the lists show it: an assessment by the business name it
 * gives (or, for a supplier's assessment not yet named, that supplier's name), a supplier by its
 * own, a submission by the business that sent it. '' when there is none.
 */
export function recordName(
  kind: RecordKind,
  record: Assessment | Supplier | ReceivedSubmission,
  supplierName: (supplierId: string) => string | undefined,
): string {
  switch (kind) {
    case 'assessment':
      return assessmentName(record as Assessment, supplierName);
    case 'supplier':
      return (record as Supplier).name.trim();
    case 'submission':
      return (record as ReceivedSubmission).submission.profile.name.trim();
  }
}

function assessmentName(
  assessment: Assessment,
  supplierName: (supplierId: string) => string | undefined,
): string {
  const set = findQuestionSet(assessment.setId, assessment.setVersion);
  const given = set ? (assessment.answers[set.profile.name]?.trim() ?? '') : '';
  if (given || !assessment.supplier) return given;
  return supplierName(assessment.supplier.supplierId)?.trim() ?? '';
}
