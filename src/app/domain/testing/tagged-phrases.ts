import { Phrases } from '../report/phrases';

/**
 * Phrases that print what they were given, as JSON, so a spec can read back every sentence of a
 * report and check it against the answers.
 */
export const TAGGED_PHRASES: Phrases = {
  band: (band) => `band:${band}`,
  priority: (priority) => `priority:${priority}`,
  planStatus: (status) => `status:${status}`,
  criterion: (criterion) => `criterion:${criterion}`,
  controlLevel: (level) => `level:${level}`,
  dontKnow: () => 'dont-know',
  notAnswered: () => 'not-answered',
  context: (context) => tag('context', context),
  exposure: (question, answer, points, status) =>
    tag('exposure', { question, answer, points, status }),
  redFlag: (title, likelihood) => tag('redFlag', { title, likelihood }),
  inherent: (likelihood, severity, score, band) =>
    tag('inherent', { likelihood, severity, score, band }),
  control: (title, rating, isCapped, status) => tag('control', { title, rating, isCapped, status }),
  noControls: () => tag('noControls', {}),
  reduction: (average, levels, from, to, isLimited) =>
    tag('reduction', { average, levels, from, to, isLimited }),
  noReduction: (average, why) => tag('noReduction', { average, why }),
  residual: (likelihood, severity, score, band) =>
    tag('residual', { likelihood, severity, score, band }),
  residualRaised: (flags, likelihood, severity, score) =>
    tag('residualRaised', { flags, likelihood, severity, score }),
  factsSection: () => 'facts',
  outcome: (item, before, after) => tag('outcome', { item, before, after }),
};

function tag(kind: string, value: object): string {
  return JSON.stringify({ kind, ...value });
}

/** A sentence made by TAGGED_PHRASES, read back. */
export type Tagged = { readonly kind: string } & Readonly<Record<string, unknown>>;

export function readTagged(sentence: string): Tagged {
  return JSON.parse(sentence) as Tagged;
}
