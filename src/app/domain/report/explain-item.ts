import { LocaleText, textIn } from '../locale-text';
import { QuestionSet, UNKNOWN } from '../questionnaire/question-set';
import { findQuestion } from '../questionnaire/visibility';
import { ContextResult, ItemScore } from '../scoring/assessment-score';
import { Phrases } from './phrases';

/**
 * The reasons behind one item's score, as sentences in the order the method applies them:
 * context, exposure, inherent risk, each control, the reduction, residual risk, red flags.
 */
export function explainItem(
  item: ItemScore,
  context: ContextResult,
  set: QuestionSet,
  phrases: Phrases,
  locale: string,
): string[] {
  const t = (text: LocaleText) => textIn(text, locale);
  const lines = [phrases.context(context.points, context.factors.length, context.isHotspot)];
  for (const reason of item.exposure) {
    lines.push(
      phrases.exposure(
        questionText(set, reason.question, locale),
        answerText(set, reason.question, reason.value, phrases, locale),
        reason.points,
        reason.status,
      ),
    );
  }
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
  if (item.controlAverage !== null) {
    lines.push(phrases.reduction(item.controlAverage, item.reduction, item.isReductionLimited));
  }
  lines.push(
    phrases.residual(
      item.residual.likelihood,
      item.severity,
      item.residual.score,
      item.residual.scoreBand,
    ),
  );
  for (const id of item.redFlags) {
    const flag = set.redFlags.find((f) => f.id === id);
    if (flag) lines.push(phrases.redFlag(t(flag.title)));
  }
  return lines;
}

export function questionText(set: QuestionSet, id: string, locale: string): string {
  const question = findQuestion(set, id);
  return question ? textIn(question.text, locale) : id;
}

/** The answer as the user saw it: the option label, the control level, "Don't know" or the text. */
export function answerText(
  set: QuestionSet,
  id: string,
  value: string | undefined,
  phrases: Phrases,
  locale: string,
): string {
  if (value === undefined || value === '') return phrases.notAnswered();
  if (value === UNKNOWN) return phrases.dontKnow();
  const question = findQuestion(set, id);
  if (question?.kind === 'control') return phrases.controlLevel(value);
  if (question?.kind === 'choice') {
    const option = question.options.find((o) => o.value === value);
    return option ? textIn(option.label, locale) : value;
  }
  return value;
}
