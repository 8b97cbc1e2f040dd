import { Action } from '@ngrx/store';

import { ACCOMMODATION } from '../../../domain/questionnaire/sets/accommodation';
import { ReceivedSubmission } from '../../../domain/review/review';
import {
  parseSubmissionFile,
  receiveSubmission,
  SubmissionProblem,
} from '../../../domain/review/submission-file';
import { Submission, submissionDigestInput } from '../../../domain/review/submission';
import { digestOf, SAMPLES, sealedText } from '../../../domain/review/testing-submissions';
import { SubmissionImportActions } from './review.actions';
import { reviewFeature, ReviewState } from './review.feature';
import { submissionProblemMessage } from './submission-problem-message';

type Case = {
  readonly name: string;
  readonly text: string;
  readonly expected: SubmissionProblem['code'];
};
type Json = Record<string, unknown>;

/** Reads a file the way the import effect does: parse, check the digest, compare with what is held. */
async function admit(text: string, held: Record<string, ReceivedSubmission>) {
  const parsed = parseSubmissionFile(text);
  if (!parsed.ok) return parsed;
  const digest = await digestOf(submissionDigestInput(parsed.value.submission));
  return receiveSubmission(parsed.value, digest, held, 'x.json', '2026-11-20T09:00:00.000Z');
}

function set(obj: Json, path: readonly string[], value: unknown): Json {
  const copy: Json = structuredClone(obj);
  let at: Json = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Json;
  if (value === undefined) delete at[path[path.length - 1]];
  else at[path[path.length - 1]] = value;
  return copy;
}

/** 200+ mutations of one valid, sealed package, each with the problem it must be refused for. */
function hostileCases(validText: string, valid: Json, submission: Submission): Case[] {
  const cases: Case[] = [];
  const add = (name: string, data: Json | string, expected: Case['expected']) =>
    cases.push({ name, text: typeof data === 'string' ? data : JSON.stringify(data), expected });

  // Size and syntax.
  add('6 MB of padding', validText + ' '.repeat(6 * 1024 * 1024), 'too-large');
  add(
    'a 6 MB answer',
    set(valid, ['answers', 'businessName'], 'x'.repeat(6 * 1024 * 1024)),
    'too-large',
  );
  for (const cut of [1, 10, 100, 500, 1000, 2000, validText.length - 2]) {
    add(`cut at ${cut}`, validText.slice(0, cut), 'not-json');
  }
  add('empty file', '', 'not-json');
  add('CSV', 'name,country\nHotel,Kenya', 'not-json');
  add('PDF bytes', '%PDF-1.7\n%âãÏÓ', 'not-json');
  add('trailing comma', validText.replace(/}\s*$/, ',}'), 'not-json');

  // Another app's JSON, or another Haven file.
  for (const other of ['null', '[]', '42', '"text"', '{"name":"budget","rows":[]}']) {
    add(`other JSON ${other}`, other, 'not-submission');
  }
  for (const format of [
    'haven-assessment',
    'haven-questionnaire-request',
    'haven-review-response',
    'HAVEN-SUBMISSION',
    '',
  ]) {
    add(`format ${format}`, set(valid, ['format'], format), 'not-submission');
  }
  add('no format', set(valid, ['format'], undefined), 'not-submission');

  // Versions.
  for (const version of [2, 3, 10, 999])
    add(`future version ${version}`, set(valid, ['formatVersion'], version), 'future-version');
  for (const version of [0, -1, 1.5, '1', null, true, [1], {}]) {
    add(
      `wrong version ${JSON.stringify(version)}`,
      set(valid, ['formatVersion'], version),
      'wrong-version',
    );
  }
  add('no version', set(valid, ['formatVersion'], undefined), 'wrong-version');
  for (const [id, version] of [
    ['accommodation', '0.9.0'],
    ['accommodation', '9.0.0'],
    ['casino', '1.0.0'],
    ['', ''],
  ]) {
    add(
      `questionnaire ${id} ${version}`,
      set(valid, ['questionnaire'], { id, version }),
      'unknown-questionnaire',
    );
  }

  // Missing fields, at the top and inside.
  const fields = [
    'submissionId',
    'businessId',
    'submittedAt',
    'profile',
    'questionnaire',
    'answers',
    'plan',
    'result',
    'digest',
  ];
  for (const field of fields)
    add(`missing ${field}`, set(valid, [field], undefined), 'missing-field');
  for (const path of [
    ['profile', 'name'],
    ['profile', 'country'],
    ['result', 'overallBand'],
    ['result', 'items'],
    ['result', 'redFlags'],
    ['questionnaire', 'version'],
  ]) {
    add(`missing ${path.join('.')}`, set(valid, path, undefined), 'missing-field');
  }

  // Extra fields.
  for (const [path, name] of [
    [[], 'guestNames'],
    [[], 'childName'],
    [['profile'], 'phone'],
    [['result'], 'score'],
    [['questionnaire'], 'extra'],
    [['plan', 'adopt-policy'], 'cost'],
  ] as const) {
    add(`extra ${[...path, name].join('.')}`, set(valid, [...path, name], 'x'), 'extra-field');
  }

  // Wrong types.
  const wrongValues: unknown[] = [42, null, true, [], {}];
  for (const field of ['submissionId', 'businessId', 'submittedAt', 'digest']) {
    for (const value of wrongValues)
      add(`${field} = ${JSON.stringify(value)}`, set(valid, [field], value), 'wrong-type');
  }
  for (const field of ['profile', 'questionnaire', 'result']) {
    for (const value of [42, 'x', null, true, []])
      add(`${field} = ${JSON.stringify(value)}`, set(valid, [field], value), 'wrong-type');
  }
  for (const value of [42, 'x', null, true]) {
    add(`answers = ${JSON.stringify(value)}`, set(valid, ['answers'], value), 'wrong-type');
    add(`plan = ${JSON.stringify(value)}`, set(valid, ['plan'], value), 'wrong-type');
  }
  add('an answer that is a number', set(valid, ['answers', 'hasBar'], 1), 'wrong-type');
  add(
    'an answer that is an object',
    set(valid, ['answers', 'hasBar'], { yes: true }),
    'wrong-type',
  );
  add('band not a band', set(valid, ['result', 'overallBand'], 'extreme'), 'wrong-type');
  add('score over 25', set(valid, ['result', 'items', '0', 'residualScore'], 99), 'wrong-type');
  add(
    'plan status invented',
    set(valid, ['plan', 'adopt-policy', 'status'], 'forgotten'),
    'wrong-type',
  );
  add('date not a date', set(valid, ['submittedAt'], 'last Tuesday'), 'wrong-type');
  add('digest not hex', set(valid, ['digest'], 'z'.repeat(64)), 'wrong-type');
  add('an id with spaces', set(valid, ['businessId'], 'my business'), 'wrong-type');

  // Keys that reach the prototype, at several depths (written into the text, as an attacker would).
  for (const key of ['__proto__', 'constructor', 'prototype']) {
    add(
      `${key} at the top`,
      validText.replace('{', `{"${key}": {"isAdmin": true},`),
      'reserved-key',
    );
    add(
      `${key} in answers`,
      validText.replace('"answers": {', `"answers": {"${key}": "x",`),
      'reserved-key',
    );
    add(
      `${key} in profile`,
      validText.replace('"profile": {', `"profile": {"${key}": {},`),
      'reserved-key',
    );
    add(
      `${key} in plan`,
      validText.replace('"plan": {', `"plan": {"${key}": {"polluted": true},`),
      'reserved-key',
    );
  }

  // HTML and script in every kind of text field.
  const markup = [
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '</textarea><b>x',
    '<!-- x -->',
    'javascript:alert(1)',
    '<svg/onload=alert(1)>',
    '< iframe src=//x>',
  ];
  const textFields = [
    ['profile', 'name'],
    ['profile', 'locality'],
    ['answers', 'businessName'],
    ['answers', 'assessedBy'],
    ['plan', 'adopt-policy', 'note'],
    ['plan', 'adopt-policy', 'owner'],
  ];
  for (const field of textFields) {
    for (const value of markup)
      add(`${value} in ${field.join('.')}`, set(valid, field, value), 'markup');
  }

  // Huge lists and objects.
  const huge = Array.from({ length: 100_000 }, (_, i) => `flag${i}`);
  add('100,000 red flags', set(valid, ['result', 'redFlags'], huge), 'too-many');
  add('100,000 unverified', set(valid, ['result', 'unverified'], huge), 'too-many');
  add(
    '100,000 items',
    set(
      valid,
      ['result', 'items'],
      huge.map(() => ({})),
    ),
    'too-many',
  );
  add(
    '100,000 answers',
    set(valid, ['answers'], Object.fromEntries(huge.map((k) => [k, 'x']))),
    'too-many',
  );
  add(
    '5,000 plan entries',
    set(valid, ['plan'], Object.fromEntries(huge.slice(0, 5000).map((k) => [k, {}]))),
    'too-many',
  );
  let deep: unknown = 'x';
  for (let i = 0; i < 40; i++) deep = { a: deep };
  add('nested 40 deep', set(valid, ['profile', 'name'], deep), 'too-deep');

  // Answers a question cannot take, and plan entries for actions that do not exist.
  const choiceIds = Object.keys(submission.answers).filter((id) =>
    /^(has|ctx|ctl|hourly|open)/.test(id),
  );
  for (const id of choiceIds)
    add(`answer ${id} = maybe`, set(valid, ['answers', id], 'maybe'), 'invalid-answer');
  add(
    'answer to an unknown question',
    set(valid, ['answers', 'guestPassport'], 'A123'),
    'invalid-answer',
  );
  add(
    'plan for an unknown action',
    set(valid, ['plan', 'bribe-official'], { owner: '', due: '', status: 'done', note: '' }),
    'unknown-action',
  );

  // Content edited after sealing: every answer changed to another valid option, the result, the profile.
  for (const id of choiceIds) {
    const question = ACCOMMODATION.sections.flatMap((s) => s.questions).find((q) => q.id === id);
    const values =
      question?.kind === 'control'
        ? ['0', '1', '2', '3']
        : question?.kind === 'choice'
          ? question.options.map((o) => o.value)
          : [];
    const other = values.find((value) => value !== submission.answers[id]);
    if (other) add(`answer ${id} edited`, set(valid, ['answers', id], other), 'altered');
  }
  add('band edited', set(valid, ['result', 'overallBand'], 'very-high'), 'altered');
  add('name edited', set(valid, ['profile', 'name'], 'Another Hotel'), 'altered');
  add('date edited', set(valid, ['submittedAt'], '2020-01-01T00:00:00.000Z'), 'altered');
  add('plan done', set(valid, ['plan', 'adopt-policy', 'status'], 'done'), 'altered');
  add('digest replaced', set(valid, ['digest'], '0'.repeat(64)), 'altered');

  // The same package twice.
  add('duplicate', validText, 'duplicate');
  add('duplicate, pretty-printed differently', JSON.stringify(JSON.parse(validText)), 'duplicate');
  return cases;
}

describe('hostile and broken submission files', () => {
  let cases: Case[];
  let held: Record<string, ReceivedSubmission>;
  let state: ReviewState;

  beforeAll(async () => {
    const submission = SAMPLES.wellControlled();
    const validText = await sealedText(submission);
    cases = hostileCases(validText, JSON.parse(validText), submission);
    // The reviewer already holds this very package, so re-sending it is a duplicate.
    const first = await admit(validText, {});
    if (!first.ok) throw new Error('the valid package must be admitted');
    held = Object.freeze({ [first.value.id]: first.value }) as Record<string, ReceivedSubmission>;
    state = reviewFeature.reducer(
      undefined,
      SubmissionImportActions.received({ received: first.value }),
    );
  });

  it('has at least 200 of them', () => {
    expect(cases.length).toBeGreaterThanOrEqual(200);
  });

  it('refuses each one for its own reason, with a message, and changes nothing held', async () => {
    const heldBefore = JSON.stringify(held);
    for (const c of cases) {
      const outcome = await admit(c.text, held);
      expect(outcome.ok).withContext(c.name).toBeFalse();
      if (outcome.ok) continue;
      expect(outcome.problem.code).withContext(c.name).toBe(c.expected);
      expect(submissionProblemMessage(outcome.problem).length)
        .withContext(c.name)
        .toBeGreaterThan(20);

      const after = reviewFeature.reducer(
        state,
        SubmissionImportActions.refused({ fileName: 'x.json', problem: outcome.problem }) as Action,
      );
      expect(after.entities).withContext(c.name).toBe(state.entities);
      expect(after.ids).withContext(c.name).toBe(state.ids);
    }
    expect(JSON.stringify(held)).toBe(heldBefore);
  });

  it('words each kind of problem differently', async () => {
    const messages = new Map<string, string>();
    for (const c of cases) {
      const outcome = await admit(c.text, held);
      if (!outcome.ok)
        messages.set(
          outcome.problem.code,
          submissionProblemMessage(outcome.problem).replace(/“[^”]*”|\(.*\)|\d+/g, ''),
        );
    }
    expect(new Set(messages.values()).size).toBe(messages.size);
    expect(messages.size).toBeGreaterThanOrEqual(15);
  });
});
