import { Translate } from '../locale-text';
import { QuestionSet, UNKNOWN } from '../questionnaire/question-set';
import { findQuestion } from '../questionnaire/visibility';
import { ContextResult, ItemScore } from '../scoring/assessment-score';
import { Phrases } from './phrases';

/**
 * The reasons behind one item's score, as sentences in the order the method applies them:
 * context, exposure, red flags, inherent risk, each control, the reduction, residual risk.
 * Every sentence states only what an answer supports: a factor counted from "Don't know" or from
 * a blank says so, and is never printed as a fact.
 */
export function explainItem(
  item: ItemScore,
  context: ContextResult,
  set: QuestionSet,
  phrases: Phrases,
  t: Translate,
): string[] {
  const flags = item.redFlags.map((id) => {
    const flag = set.redFlags.find((f) => f.id === id);
    return flag ? t(flag.title) : id;
  });
  const lines = [
    phrases.context({
      points: context.points,
      counted: context.factors.length,
      total: context.factorCount,
      unverified: context.factors.filter((f) => f.status === 'unverified').length,
      unanswered: context.factors.filter((f) => f.status === 'unanswered').length,
      hotspot: context.hotspot?.status ?? null,
    }),
  ];
  for (const reason of item.exposure) {
    lines.push(
      phrases.exposure(
        questionText(set, reason.question, t),
        answerText(set, reason.question, reason.value, phrases, t),
        reason.points,
        reason.status,
      ),
    );
  }
  for (const flag of flags) lines.push(phrases.redFlag(flag, item.inherent.likelihood));
  lines.push(
    phrases.inherent(
      item.inherent.likelihood,
      item.severity,
      item.inherent.score,
      item.inherent.band,
    ),
  );
  if (!item.controls.length) lines.push(phrases.noControls());
  for (const control of item.controls) {
    lines.push(
      phrases.control(t(control.title), control.rating, control.isCapped, control.answer.status),
    );
  }
  if (item.controlAverage !== null) lines.push(reductionLine(item, item.controlAverage, phrases));
  lines.push(
    flags.length
      ? phrases.residualRaised(
          flags.join('; '),
          item.residual.likelihood,
          item.severity,
          item.residual.score,
        )
      : phrases.residual(
          item.residual.likelihood,
          item.severity,
          item.residual.score,
          item.residual.band,
        ),
  );
  return lines;
}

/** The change the safeguards made, after clamping at likelihood 1, and only when there is one. */
function reductionLine(item: ItemScore, average: number, phrases: Phrases): string {
  if (item.redFlags.length) return phrases.noReduction(average, 'red-flag');
  if (item.reduction > 0) {
    return phrases.reduction(
      average,
      item.reduction,
      item.inherent.likelihood,
      item.residual.likelihood,
      item.isReductionLimited,
    );
  }
  return phrases.noReduction(
    average,
    item.inherent.likelihood === 1 ? 'already-lowest' : 'too-low',
  );
}

export function itemTitle(set: QuestionSet, id: string, t: Translate): string {
  const item = set.riskItems.find((i) => i.id === id);
  return item ? t(item.title) : id;
}

export function questionText(set: QuestionSet, id: string, t: Translate): string {
  const question = findQuestion(set, id);
  if (question) return t(question.text);
  const fact = set.facts?.find((f) => f.id === id);
  return fact ? t(fact.title) : id;
}

/** The answer as the user saw it: the option label, the control level, "Don't know" or the text. */
export function answerText(
  set: QuestionSet,
  id: string,
  value: string | undefined,
  phrases: Phrases,
  t: Translate,
): string {
  if (value === undefined || value === '') return phrases.notAnswered();
  if (value === UNKNOWN) return phrases.dontKnow();
  const question = findQuestion(set, id) ?? set.facts?.find((f) => f.id === id);
  if (question && 'kind' in question && question.kind === 'control')
    return phrases.controlLevel(value);
  if (question && 'options' in question) {
    const option = question.options.find((o) => o.value === value);
    return option ? t(option.label) : value;
  }
  return value;
}
