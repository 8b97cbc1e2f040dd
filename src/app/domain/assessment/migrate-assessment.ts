import { openAnswers } from '../questionnaire/sets/migrations';
import { Assessment } from './assessment';

/**
 * An assessment stored or exported by an earlier Haven, brought to the questionnaire version
 * shipped now: answers carried over where the question still asks the same thing, plan entries
 * kept for the actions that still exist. Undefined when Haven does not know its questionnaire.
 */
export function migrateAssessment(assessment: Assessment): Assessment | undefined {
  return migrateWithReport(assessment)?.assessment;
}

/** What bringing an assessment to the current questionnaire did, for the user to be told. */
export interface Migration {
  /** The same object when nothing had to change. */
  readonly assessment: Assessment;
  /** Questions answered before whose answers could not be carried over: they are open again. */
  readonly notCarried: readonly string[];
  /** The name the assessment goes by (its profile name answer). */
  readonly name: string;
}

export function migrateWithReport(assessment: Assessment): Migration | undefined {
  const opened = openAnswers(assessment.setId, assessment.setVersion, assessment.answers);
  if (!opened) return undefined;
  const name = (opened.answers[opened.set.profile.name] ?? '').trim();
  if (!opened.migratedFrom) return { assessment, notCarried: [], name };
  const actionIds = new Set(opened.set.actions.map((a) => a.id));
  return {
    assessment: {
      ...assessment,
      setVersion: opened.set.version,
      answers: opened.answers,
      plan: Object.fromEntries(Object.entries(assessment.plan).filter(([id]) => actionIds.has(id))),
    },
    notCarried: opened.notCarried,
    name,
  };
}
