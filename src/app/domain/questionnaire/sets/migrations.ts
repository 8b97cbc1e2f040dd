import { Answers } from '../answers';
import { QuestionSet, UNKNOWN } from '../question-set';
import { findQuestion } from '../visibility';
import { ALL_QUESTION_SETS } from '.';
import { NO, YES } from './question-builders';

/** Answers brought to the questionnaire version Haven ships now. */
export interface OpenedAnswers {
  readonly set: QuestionSet;
  readonly answers: Answers;
  /** The version the answers were given to, when it was an older one. */
  readonly migratedFrom?: string;
  /** Old answers that could not be carried over: their questions must be answered again. */
  readonly notCarried: readonly string[];
}

/**
 * Opens answers given to any version of a questionnaire Haven has shipped, with the version it
 * ships now. Each change between versions is written out below: an answer is carried over only
 * where the question still asks the same thing; where it does not, the question is left open for
 * the user to answer again, never guessed. Undefined for a questionnaire Haven does not know
 * (another program's, or a newer Haven's).
 */
export function openAnswers(
  id: string,
  version: string,
  answers: Answers,
): OpenedAnswers | undefined {
  const set = ALL_QUESTION_SETS.find((s) => s.id === id);
  if (!set) return undefined;
  if (version === set.version) return { set, answers, notCarried: [] };
  const migrate = version === '1.0.0' && set.version === '2.0.0' ? fromVersion1(id) : undefined;
  if (!migrate) return undefined;
  const { answers: moved, notCarried } = migrate(answers);
  return { set, answers: keepAsked(set, moved), migratedFrom: version, notCarried };
}

type Migration = (answers: Answers) => { answers: Answers; notCarried: string[] };

/**
 * Version 1.0.0 → 2.0.0 (the truthful-record release). Dropped: `size` and `businessType` (they
 * changed no score). Merged: the two questions on children's circumstances. Split: "night
 * transfers or children without a guardian", and the supplier safeguards that rated two things at
 * once (their one rating is kept for both). Reworded so the old answer no longer fits: self
 * check-in now asks about the ID check.
 */
function fromVersion1(id: string): Migration | undefined {
  const isSupplier = id.startsWith('supplier-');
  return (old) => {
    const answers: Record<string, string> = { ...old };
    const notCarried: string[] = [];
    const drop = (question: string, isLoss = false) => {
      if (isLoss && old[question] !== undefined) notCarried.push(question);
      delete answers[question];
    };
    drop('size');
    drop('businessType');
    drop('selfCheckIn', true);

    // Children's circumstances: one question now. A supplier's old one was narrower, so its "no"
    // says nothing about street or displaced children.
    const children = isSupplier
      ? carryNarrower(old['ctxChildrenWorking'])
      : mergeAny(old['ctxChildrenWorking'], old['ctxVulnerableChildren']);
    drop('ctxVulnerableChildren');
    if (children === undefined) drop('ctxChildrenWorking', true);
    else answers['ctxChildrenWorking'] = children;

    // "Night transfers to private addresses, or children without a guardian": a "yes" does not say
    // which, so both are asked again; "no" and "don't know" hold for both.
    const transfers = old['nightTransfers'];
    if (transfers === YES) drop('nightTransfers', true);
    else if (transfers !== undefined) answers['unaccompaniedChildren'] = transfers;

    // Safeguards rated together in 1.0.0 keep their one rating for each part.
    copy(answers, old, 'ctlTripRecords', 'ctlDriverConduct', id === 'supplier-ground-transport');
    copy(answers, old, 'ctlMinorCheckIn', 'ctlVisitorRule', id === 'supplier-accommodation');
    copy(answers, old, 'ctlReportAbuse', 'ctlPoliceRequests', id === 'supplier-platforms');
    return { answers, notCarried };
  };
}

function mergeAny(a: string | undefined, b: string | undefined): string | undefined {
  if (a === YES || b === YES) return YES;
  if (a === UNKNOWN || b === UNKNOWN) return UNKNOWN;
  return a === NO && b === NO ? NO : undefined;
}

function carryNarrower(value: string | undefined): string | undefined {
  return value === YES || value === UNKNOWN ? value : undefined;
}

function copy(
  answers: Record<string, string>,
  old: Answers,
  from: string,
  to: string,
  applies: boolean,
): void {
  if (applies && old[from] !== undefined) answers[to] = old[from];
}

/**
 * A question that went away takes its answer with it. Values are kept as they are: a file's
 * answers are then checked against the new version like any other.
 */
function keepAsked(set: QuestionSet, answers: Answers): Answers {
  return Object.fromEntries(Object.entries(answers).filter(([id]) => findQuestion(set, id)));
}
