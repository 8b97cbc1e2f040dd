import { WELL_CONTROLLED_HOTEL } from '../testing/sample-answers';
import { Assessment, EMPTY_PLAN_ENTRY } from './assessment';
import { assessmentFileText, parseAssessmentFile } from './assessment-file';

const ASSESSMENT: Assessment = {
  id: 'a1b2c3',
  setId: 'accommodation',
  setVersion: '2.0.0',
  answers: WELL_CONTROLLED_HOTEL,
  plan: { 'adopt-policy': { owner: 'GM', due: '2027-01-31', status: 'in-progress', note: '' } },
  step: 3,
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-02T10:00:00.000Z',
};
const VALID = assessmentFileText(ASSESSMENT, '2026-11-03T10:00:00.000Z');

function withAssessment(patch: Record<string, unknown>): string {
  const file = JSON.parse(VALID);
  return JSON.stringify({ ...file, assessment: { ...file.assessment, ...patch } });
}

describe('parseAssessmentFile', () => {
  it('reads back what was exported', () => {
    expect(parseAssessmentFile(VALID)).toEqual({ ok: true, assessment: ASSESSMENT });
  });

  it('opens a file from Haven 1.0.0 with the questionnaire shipped now', () => {
    const parsed = parseAssessmentFile(
      withAssessment({
        setVersion: '1.0.0',
        answers: { ...WELL_CONTROLLED_HOTEL, size: '11-50', ctxVulnerableChildren: 'no' },
      }),
    );
    expect(parsed.ok).toBeTrue();
    const assessment = (parsed as { assessment: Assessment }).assessment;
    expect(assessment.setVersion).toBe('2.0.0');
    expect(assessment.answers['size']).toBeUndefined();
    expect(assessment.answers['ctxChildrenWorking']).toBe('no');
    expect(assessment.plan).toEqual(ASSESSMENT.plan);
  });

  it('still refuses an old file whose answer its question cannot take', () => {
    const parsed = parseAssessmentFile(
      withAssessment({ setVersion: '1.0.0', answers: { hourlyRental: 'often' } }),
    );
    expect(parsed.ok).toBeFalse();
  });

  it('rejects text that is not JSON', () => {
    expect(parseAssessmentFile('{"format": "haven-assess')).toEqual({
      ok: false,
      problem: { code: 'not-json' },
    });
  });

  it('rejects JSON from another app', () => {
    expect(parseAssessmentFile('{"name":"My budget","rows":[]}')).toEqual({
      ok: false,
      problem: { code: 'not-haven' },
    });
  });

  it('rejects a file from a newer version of Haven', () => {
    const file = JSON.stringify({ ...JSON.parse(VALID), formatVersion: 2 });
    expect(parseAssessmentFile(file)).toEqual({
      ok: false,
      problem: { code: 'future-version', version: 2 },
    });
  });

  it('rejects a questionnaire version Haven does not have', () => {
    expect(parseAssessmentFile(withAssessment({ setVersion: '9.0.0' }))).toEqual({
      ok: false,
      problem: { code: 'unknown-questionnaire', questionnaire: 'accommodation 9.0.0' },
    });
  });

  it("rejects an answer that is not one of the question's options", () => {
    const result = parseAssessmentFile(
      withAssessment({ answers: { ...WELL_CONTROLLED_HOTEL, hasBar: 'maybe' } }),
    );
    expect(result).toEqual({
      ok: false,
      problem: { code: 'invalid', reason: { code: 'not-an-option', question: 'hasBar' } },
    });
  });

  it('rejects answers to questions that do not exist', () => {
    expect(parseAssessmentFile(withAssessment({ answers: { guestName: 'x' } }))).toEqual({
      ok: false,
      problem: { code: 'invalid', reason: { code: 'unknown-question', question: 'guestName' } },
    });
  });

  it('rejects plan entries for actions the questionnaire does not have', () => {
    const plan = { 'no-such-action': EMPTY_PLAN_ENTRY };
    expect(parseAssessmentFile(withAssessment({ plan }))).toEqual({
      ok: false,
      problem: { code: 'invalid', reason: { code: 'unknown-action', action: 'no-such-action' } },
    });
  });

  it('says a Haven file with a version Haven never wrote was edited, not made by another app', () => {
    for (const formatVersion of [0, '1', 1.5, undefined, null, -1]) {
      const file = JSON.stringify({ ...JSON.parse(VALID), formatVersion });
      expect(parseAssessmentFile(file))
        .withContext(String(formatVersion))
        .toEqual({ ok: false, problem: { code: 'invalid', reason: { code: 'bad-version' } } });
    }
  });

  it('rejects prototype keys instead of dropping them', () => {
    const text = VALID.replace('"businessName"', '"__proto__"');
    expect(parseAssessmentFile(text)).toEqual({
      ok: false,
      problem: { code: 'invalid', reason: { code: 'reserved-key', key: '__proto__' } },
    });
  });

  it('rejects a constructor key', () => {
    expect(parseAssessmentFile(withAssessment({ plan: { constructor: {} } })).ok).toBeFalse();
  });

  it('rejects extra fields', () => {
    expect(parseAssessmentFile(withAssessment({ extra: 1 })).ok).toBeFalse();
  });

  it('rejects wrong types', () => {
    expect(parseAssessmentFile(withAssessment({ step: 'three' })).ok).toBeFalse();
  });

  it('rejects oversized text before parsing it', () => {
    expect(parseAssessmentFile(' '.repeat(5 * 1024 * 1024 + 1))).toEqual({
      ok: false,
      problem: { code: 'too-large' },
    });
  });

  it('refuses HTML or script in any text, and huge collections, naming where', () => {
    expect(
      parseAssessmentFile(
        withAssessment({ answers: { businessName: '<img src=x onerror=alert(1)>' } }),
      ),
    ).toEqual({
      ok: false,
      problem: {
        code: 'invalid',
        reason: { code: 'markup', field: 'assessment.answers.businessName' },
      },
    });
    const many = Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`q${i}`, 'x']));
    expect(parseAssessmentFile(withAssessment({ answers: many }))).toEqual({
      ok: false,
      problem: {
        code: 'invalid',
        reason: { code: 'too-many', field: 'assessment.answers', count: 100_000 },
      },
    });
  });
});
