import { ClauseStatus } from '../../domain/suppliers/supplier';

export const CLAUSE_STATUS_LABELS: Record<ClauseStatus, string> = {
  signed: $localize`:@@clause.signed:Signed`,
  sent: $localize`:@@clause.sent:Sent, not signed yet`,
  refused: $localize`:@@clause.refused:Refused`,
  none: $localize`:@@clause.none:Not sent`,
};
