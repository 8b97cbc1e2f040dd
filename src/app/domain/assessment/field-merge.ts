import { Answers } from '../questionnaire/answers';
import { Assessment, EMPTY_PLAN_ENTRY, isLocked, PlanEntry } from './assessment';
import { isSameContent } from './canonical-json';

/**
 * One field of an assessment as two copies can disagree about it: an answer, one part of a plan
 * entry, or a top-level fact (the step, the submission, the review…). `key` names it.
 */
export interface FieldChange {
  readonly key: string;
  /** The new value; undefined when the field was removed. */
  readonly value: unknown;
}

const SEP = '\u0000';
const PLAN_PARTS = ['owner', 'due', 'status', 'note'] as const;
/** Facts kept as one value each; updatedAt is not one of them (the merge takes the later). */
const WHOLE = [
  'setId',
  'setVersion',
  'step',
  'createdAt',
  'supplier',
  'request',
  'businessId',
  'submission',
  'review',
] as const;

/** The fields in which `next` differs from `base`. */
export function fieldChanges(base: Assessment, next: Assessment): FieldChange[] {
  const before = flatten(base);
  const after = flatten(next);
  const changes: FieldChange[] = [];
  for (const [key, value] of after) {
    if (!same(before.get(key), value)) changes.push({ key, value });
  }
  for (const key of before.keys()) {
    if (!after.has(key)) changes.push({ key, value: undefined });
  }
  return changes;
}

/**
 * Two tabs (or a tab and the stored record) edited the same assessment from a common `base`: the
 * edits `local` made are laid over `remote` field by field, so neither side's edits to other fields
 * are lost. Where both changed one field, the local edit is the later writer and wins (the form
 * the user is in says so: shared/forms/follow-stored.ts). Once `remote` is submitted (locked),
 * local answer and plan edits no longer apply.
 */
export function rebaseAssessment(
  base: Assessment,
  local: Assessment,
  remote: Assessment,
): Assessment {
  const lockedElsewhere = isLocked(remote) && !isLocked(base);
  const mine = fieldChanges(base, local).filter(
    (c) =>
      !lockedElsewhere || !(c.key.startsWith(`answers${SEP}`) || c.key.startsWith(`plan${SEP}`)),
  );
  const fields = flatten(remote);
  for (const { key, value } of mine) {
    if (value === undefined) fields.delete(key);
    else fields.set(key, value);
  }
  const updatedAt = local.updatedAt > remote.updatedAt ? local.updatedAt : remote.updatedAt;
  return { ...unflatten(fields, remote), updatedAt };
}

function flatten(assessment: Assessment): Map<string, unknown> {
  const fields = new Map<string, unknown>();
  for (const name of WHOLE) {
    if (assessment[name] !== undefined) fields.set(name, assessment[name]);
  }
  for (const [id, value] of Object.entries(assessment.answers)) {
    fields.set(`answers${SEP}${id}`, value);
  }
  for (const [id, entry] of Object.entries(assessment.plan)) {
    for (const part of PLAN_PARTS) fields.set(`plan${SEP}${id}${SEP}${part}`, entry[part]);
  }
  return fields;
}

function unflatten(fields: ReadonlyMap<string, unknown>, shape: Assessment): Assessment {
  const answers: Record<string, string> = {};
  const plan: Record<string, PlanEntry> = {};
  const whole: Record<string, unknown> = {};
  for (const [key, value] of fields) {
    const [head, id, part] = key.split(SEP);
    if (head === 'answers') answers[id] = value as string;
    else if (head === 'plan') {
      plan[id] = { ...(plan[id] ?? EMPTY_PLAN_ENTRY), [part]: value };
    } else whole[head] = value;
  }
  const result: Record<string, unknown> = {
    id: shape.id,
    answers: answers as Answers,
    plan,
    updatedAt: shape.updatedAt,
  };
  for (const name of WHOLE) if (whole[name] !== undefined) result[name] = whole[name];
  return result as unknown as Assessment;
}

/** Strings compare at once; objects (a submission, a review) by content. */
function same(a: unknown, b: unknown): boolean {
  return a === b || (typeof a === 'object' && typeof b === 'object' && isSameContent(a, b));
}
