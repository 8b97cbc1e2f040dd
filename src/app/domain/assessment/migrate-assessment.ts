import { openAnswers } from '../questionnaire/sets/migrations';
import { Assessment } from './assessment';

/**
 * An assessment stored or exported by an earlier Haven, brought to the questionnaire version
 * shipped now: answers carried over where the question still asks the same thing, plan entries
 * kept for the actions that still exist. Undefined when Haven does not know its questionnaire.
 */
export function migrateAssessment(assessment: Assessment): Assessment | undefined {
  const opened = openAnswers(assessment.setId, assessment.setVersion, assessment.answers);
  if (!opened) return undefined;
  if (!opened.migratedFrom) return assessment;
  const actionIds = new Set(opened.set.actions.map((a) => a.id));
  return {
    ...assessment,
    setVersion: opened.set.version,
    answers: opened.answers,
    plan: Object.fromEntries(Object.entries(assessment.plan).filter(([id]) => actionIds.has(id))),
  };
}
