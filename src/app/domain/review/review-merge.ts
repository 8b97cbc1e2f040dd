import { isSameContent } from '../assessment/canonical-json';
import { AnswerReview, Review } from './review';

/**
 * A review edited in two tabs from a common `base`: the decision, the note and each answer's
 * remark are taken from `local` where it changed them, and from `remote` otherwise, so neither
 * tab's remarks on other answers are lost. Where both changed one, the local (later) edit wins.
 */
export function rebaseReview(base: Review, local: Review, remote: Review): Review {
  const comments: Record<string, AnswerReview> = { ...remote.comments };
  const questions = new Set([...Object.keys(base.comments), ...Object.keys(local.comments)]);
  for (const question of questions) {
    const mine = local.comments[question];
    if (same(base.comments[question], mine)) continue;
    if (mine) comments[question] = mine;
    else delete comments[question];
  }
  return {
    status: local.status !== base.status ? local.status : remote.status,
    note: local.note !== base.note ? local.note : remote.note,
    comments,
    updatedAt: local.updatedAt > remote.updatedAt ? local.updatedAt : remote.updatedAt,
  };
}

function same(a: AnswerReview | undefined, b: AnswerReview | undefined): boolean {
  return isSameContent(a ?? null, b ?? null);
}
