import { PlanStatus } from '../../domain/assessment/assessment';
import { Phrases } from '../../domain/report/phrases';
import { ActionPriority, Criterion } from '../../domain/questionnaire/risk-model';
import { AnswerStatus } from '../../domain/scoring/assessment-score';
import { Band } from '../../domain/scoring/risk-band';

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

/** The explanation phrases in the app's language, for the results screen and the PDF alike. */
export const PHRASES: Phrases = {
  band: (band) => BANDS[band],
  priority: (priority) => PRIORITIES[priority],
  planStatus: (status) => STATUSES[status],
  criterion: (criterion) => CRITERIA[criterion],
  controlLevel: (level) => CONTROL_LEVEL_LABELS[level] ?? level,
  dontKnow: () => DONT_KNOW,
  notAnswered: () => $localize`:@@answer.none:Not answered`,
  context: (points, count, isHotspot) =>
    isHotspot
      ? $localize`:@@reason.contextHotspot:Destination: a known hotspot nearby (+${points}:points: likelihood).`
      : $localize`:@@reason.context:Destination: ${count}:count: of 7 context factors (+${points}:points: likelihood).`,
  exposure: (question, answer, points, status) =>
    $localize`:@@reason.exposure:“${question}:question:” — ${answer}:answer: (+${points}:points: likelihood)${statusNote(status)}:note:.`,
  inherent: (likelihood, severity, score, band) =>
    $localize`:@@reason.inherent:Inherent risk: likelihood ${likelihood}:likelihood: × severity ${severity}:severity: = ${score}:score:, ${BANDS[band]}:band:.`,
  control: (title, rating, isCapped, status) =>
    $localize`:@@reason.control:${title}:control:: rated ${rating}:rating: of 3${
      isCapped ? $localize`:@@reason.capped: (held at 2: no yearly review in place)` : ''
    }:capped:${statusNote(status)}:note:.`,
  noControls: () => $localize`:@@reason.noControls:No safeguard for this risk applies yet.`,
  reduction: (average, levels, isLimited) =>
    $localize`:@@reason.reduction:Safeguards average ${average.toFixed(1)}:average: of 3: likelihood lowered by ${levels}:levels:${
      isLimited
        ? $localize`:@@reason.limited: (at most 1 level until a safeguard is in use and checked)`
        : ''
    }:limited:.`,
  residual: (likelihood, severity, score, band) =>
    $localize`:@@reason.residual:Residual risk: likelihood ${likelihood}:likelihood: × severity ${severity}:severity: = ${score}:score:, ${BANDS[band]}:band:.`,
  redFlag: (title) =>
    $localize`:@@reason.redFlag:Red flag: ${title}:title:. This sets the risk to Very high whatever the safeguards.`,
  outcome: (item, before, after) =>
    after === null
      ? $localize`:@@outcome.dropped:${item}:item:: no longer applies (now ${BANDS[before]}:before:)`
      : $localize`:@@outcome.band:${item}:item:: from ${BANDS[before]}:before: to ${BANDS[after]}:after:`,
};
