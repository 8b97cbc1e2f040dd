import { PlanStatus } from '../../domain/assessment/assessment';
import { ContextPhrase, NoReduction, Phrases, ScoreBand } from '../../domain/report/phrases';
import { ActionPriority, Criterion } from '../../domain/questionnaire/risk-model';
import { AnswerStatus } from '../../domain/scoring/assessment-score';
import { Band } from '../../domain/scoring/risk-band';
import { ACTIVE_LOCALE } from './active-locale';
import { plural } from './plural';

/** An average such as 2.0, with the language's own decimal sign (2,0 in French). */
const oneDecimal = new Intl.NumberFormat(ACTIVE_LOCALE, {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});

const BANDS: Record<Band, string> = {
  low: $localize`:@@band.low:Low`,
  medium: $localize`:@@band.medium:Medium`,
  high: $localize`:@@band.high:High`,
  'very-high': $localize`:@@band.veryHigh:Very high`,
};

const PRIORITIES: Record<ActionPriority, string> = {
  immediate: $localize`:@@priority.immediate:Immediate`,
  high: $localize`:@@priority.high:High`,
  medium: $localize`:@@priority.medium:Medium`,
};

const STATUSES: Record<PlanStatus, string> = {
  'not-started': $localize`:@@planStatus.notStarted:Not started`,
  'in-progress': $localize`:@@planStatus.inProgress:In progress`,
  done: $localize`:@@planStatus.done:Done`,
};

const CRITERIA: Record<Criterion, string> = {
  1: $localize`:@@criterion.1:1 Policy and procedures`,
  2: $localize`:@@criterion.2:2 Staff training`,
  3: $localize`:@@criterion.3:3 Contract clause`,
  4: $localize`:@@criterion.4:4 Traveller information`,
  5: $localize`:@@criterion.5:5 Stakeholder engagement`,
  6: $localize`:@@criterion.6:6 Annual reporting`,
};

export const CONTROL_LEVEL_LABELS: Record<string, string> = {
  '0': $localize`:@@controlLevel.0:Not in place`,
  '1': $localize`:@@controlLevel.1:Written down only`,
  '2': $localize`:@@controlLevel.2:In use, and the staff concerned know it`,
  '3': $localize`:@@controlLevel.3:In use and checked (records, refreshers or spot checks)`,
};

const DONT_KNOW = $localize`:@@answer.dontKnow:Don't know`;

function statusNote(status: AnswerStatus): string {
  if (status === 'unverified')
    return $localize`:@@reason.unverified: — unverified, counted as the riskier answer`;
  if (status === 'unanswered')
    return $localize`:@@reason.unanswered: — counted as the riskier answer until answered`;
  return '';
}

/** The destination sentence: a fact only where an answer states it. */
function contextSentence(c: ContextPhrase): string {
  const points = c.points;
  if (c.hotspot === 'answered')
    return $localize`:@@reason.contextHotspot:Destination: a known place of exploitation nearby (+${points}:points: likelihood).`;
  if (c.hotspot === 'unverified')
    return $localize`:@@reason.contextHotspotUnknown:Destination: whether a known place of exploitation is nearby is not known (“Don't know”), so it counts as if there were one (+${points}:points: likelihood).`;
  if (c.hotspot === 'unanswered')
    return $localize`:@@reason.contextHotspotOpen:Destination: the question on known places of exploitation nearby is not answered yet, so it counts as if there were one (+${points}:points: likelihood).`;
  const counted = c.counted;
  const total = c.total;
  const base = $localize`:@@reason.context:Destination: ${counted}:count: of ${total}:total: context factors count (+${points}:points: likelihood).`;
  if (!c.unverified && !c.unanswered) return base;
  const unverified = c.unverified;
  const unanswered = c.unanswered;
  return `${base} ${$localize`:@@reason.contextUncertain:Of those, ${unverified}:unverified: from “Don't know” and ${unanswered}:unanswered: not answered yet, counted as the riskier answer.`}`;
}

function reductionSentence(
  average: string,
  levels: number,
  from: number,
  to: number,
  isLimited: boolean,
): string {
  const limited = isLimited
    ? $localize`:@@reason.limited: (at most 1 level until a safeguard is in use and checked)`
    : '';
  return plural(levels, {
    one: $localize`:@@reason.reductionOne:Safeguards average ${average}:average: of 3: likelihood lowered by 1 level, from ${from}:from: to ${to}:to:${limited}:limited:.`,
    other: $localize`:@@reason.reductionMany:Safeguards average ${average}:average: of 3: likelihood lowered by ${levels}:levels: levels, from ${from}:from: to ${to}:to:${limited}:limited:.`,
  });
}

function noReductionSentence(average: string, why: NoReduction): string {
  switch (why) {
    case 'red-flag':
      return $localize`:@@reason.noReductionFlag:Safeguards average ${average}:average: of 3, but they do not lower a risk with a red flag.`;
    case 'already-lowest':
      return $localize`:@@reason.noReductionLowest:Safeguards average ${average}:average: of 3; the likelihood is already at its lowest (1).`;
    case 'too-low':
      return $localize`:@@reason.noReductionLow:Safeguards average ${average}:average: of 3: too little to lower the likelihood.`;
  }
}

function outcomeSentence(item: string, before: ScoreBand, after: ScoreBand | null): string {
  if (after === null)
    return $localize`:@@outcome.dropped:${item}:item:: no longer applies (now ${BANDS[before.band]}:before:, ${before.score}:score:)`;
  if (after.band !== before.band)
    return $localize`:@@outcome.band:${item}:item:: from ${BANDS[before.band]}:before: to ${BANDS[after.band]}:after: (score ${before.score}:from: to ${after.score}:to:)`;
  return $localize`:@@outcome.score:${item}:item:: score ${before.score}:from: to ${after.score}:to:, still ${BANDS[after.band]}:band:`;
}

/** The explanation phrases in the app's language, for the results screen and the PDF alike. */
export const PHRASES: Phrases = {
  band: (band) => BANDS[band],
  priority: (priority) => PRIORITIES[priority],
  planStatus: (status) => STATUSES[status],
  criterion: (criterion) => CRITERIA[criterion],
  controlLevel: (level) => CONTROL_LEVEL_LABELS[level] ?? level,
  dontKnow: () => DONT_KNOW,
  notAnswered: () => $localize`:@@answer.none:Not answered`,
  context: contextSentence,
  exposure: (question, answer, points, status) =>
    $localize`:@@reason.exposure:“${question}:question:” — ${answer}:answer: (+${points}:points: likelihood)${statusNote(status)}:note:.`,
  redFlag: (title, likelihood) =>
    $localize`:@@reason.redFlag:Red flag: ${title}:title:. It sets the likelihood to ${likelihood}:likelihood:, the highest, whatever the safeguards.`,
  inherent: (likelihood, severity, score, band) =>
    $localize`:@@reason.inherent:Inherent risk: likelihood ${likelihood}:likelihood: × severity ${severity}:severity: = ${score}:score:, ${BANDS[band]}:band:.`,
  control: (title, rating, isCapped, status) =>
    $localize`:@@reason.control:${title}:control:: rated ${rating}:rating: of 3${
      isCapped ? $localize`:@@reason.capped: (held at 2: no yearly review in place)` : ''
    }:capped:${statusNote(status)}:note:.`,
  noControls: () => $localize`:@@reason.noControls:No safeguard for this risk applies yet.`,
  reduction: (average, levels, from, to, isLimited) =>
    reductionSentence(oneDecimal.format(average), levels, from, to, isLimited),
  noReduction: (average, why) => noReductionSentence(oneDecimal.format(average), why),
  residual: (likelihood, severity, score, band) =>
    $localize`:@@reason.residual:Residual risk: likelihood ${likelihood}:likelihood: × severity ${severity}:severity: = ${score}:score:, ${BANDS[band]}:band:.`,
  residualRaised: (flags, likelihood, severity, score) =>
    $localize`:@@reason.residualRaised:Residual risk: raised to Very high by red flag: ${flags}:flags:. Likelihood ${likelihood}:likelihood: × severity ${severity}:severity: = ${score}:score:.`,
  factsSection: () => $localize`:@@reason.factsSection:From your supplier register`,
  outcome: outcomeSentence,
};
