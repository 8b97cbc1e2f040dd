import { Answers } from '../questionnaire/answers';
import { REGISTER_CLAUSE } from '../questionnaire/sets/supplier-sets';
import { Supplier } from './supplier';

/**
 * The answers a supplier's assessment is scored with: its own, plus what the tour operator's
 * register says about it. Scoring both together everywhere (register, supplier page, plan, PDF) is
 * what keeps one band for one supplier.
 */
export function withRegisterFacts(answers: Answers, supplier: Supplier | undefined): Answers {
  return supplier ? { ...answers, [REGISTER_CLAUSE.id]: supplier.clauseStatus } : answers;
}
