import { ReceivedSubmission } from './review';
import { parseSubmissionFile, receiveSubmission } from './submission-file';
import { submissionDigestInput } from './submission';
import { digestOf, SAMPLES, sealedText } from './testing-submissions';

async function receive(
  text: string,
  store: Record<string, ReceivedSubmission> = {},
): Promise<ReturnType<typeof receiveSubmission>> {
  const parsed = parseSubmissionFile(text);
  if (!parsed.ok) return parsed;
  const digest = await digestOf(submissionDigestInput(parsed.value.submission));
  return receiveSubmission(parsed.value, digest, store, 'file.json', '2026-11-20T09:00:00.000Z');
}

describe('parseSubmissionFile and receiveSubmission', () => {
  it('reads back what Haven wrote, with a recomputed result that matches', async () => {
    const submission = SAMPLES.hourlyWithoutId();
    const received = await receive(await sealedText(submission));
    if (!received.ok) fail(received.problem);
    else {
      expect(received.value.submission).toEqual(submission);
      expect(received.value.mismatches).toEqual([]);
      expect(received.value.recomputed).toEqual(submission.result);
      expect(received.value.review.status).toBe('new');
    }
  });

  it('flags a result that does not follow from the answers, even when the file was resealed', async () => {
    const honest = SAMPLES.hourlyWithoutId();
    // Someone lowered the band and the item and sealed the file again: the digest is fine.
    const doctored = {
      ...honest,
      result: {
        ...honest.result,
        overallBand: 'low' as const,
        redFlags: [],
        items: honest.result.items.map((item, i) =>
          i === 0 ? { ...item, band: 'low' as const } : item,
        ),
      },
    };
    const received = await receive(await sealedText(doctored));
    if (!received.ok) fail(received.problem);
    else {
      const what = received.value.mismatches.map((m) => m.what);
      expect(what).toContain('overall');
      expect(what).toContain('item');
      expect(what).toContain('red-flags');
      expect(received.value.recomputed.overallBand).toBe('very-high');
    }
  });

  it('flags answers edited after the result was recorded (an older engine or a hand edit)', async () => {
    const honest = SAMPLES.wellControlled();
    const edited = {
      ...honest,
      answers: { ...honest.answers, hourlyRental: 'yes', hourlyIdAll: 'no' },
    };
    const received = await receive(await sealedText(edited));
    if (!received.ok) fail(received.problem);
    else expect(received.value.mismatches.map((m) => m.what)).toContain('overall');
  });

  it('refuses content that no longer matches its digest', async () => {
    const text = (await sealedText(SAMPLES.wellControlled())).replace(
      '"hasBar": "yes"',
      '"hasBar": "no"',
    );
    expect(await receive(text)).toEqual({ ok: false, problem: { code: 'altered' } });
  });

  it('refuses a submission already received, by id or by content', async () => {
    const first = await receive(await sealedText(SAMPLES.wellControlled()));
    if (!first.ok) return fail(first.problem);
    const store = { [first.value.id]: first.value };
    expect(await receive(await sealedText(SAMPLES.wellControlled()), store)).toEqual({
      ok: false,
      problem: { code: 'duplicate', businessName: 'Harbour View Hotel' },
    });
  });

  it('names a missing field, an extra field and a field of the wrong type', () => {
    const valid = JSON.parse(
      JSON.stringify({
        format: 'haven-submission',
        formatVersion: 1,
        ...SAMPLES.wellControlled(),
        digest: 'a'.repeat(64),
      }),
    );
    const { businessId: _, ...missing } = valid;
    expect(parseSubmissionFile(JSON.stringify(missing))).toEqual({
      ok: false,
      problem: { code: 'missing-field', field: 'businessId' },
    });
    expect(
      parseSubmissionFile(JSON.stringify({ ...valid, profile: { ...valid.profile, phone: '1' } })),
    ).toEqual({
      ok: false,
      problem: { code: 'extra-field', field: 'profile.phone' },
    });
    const wrong = parseSubmissionFile(JSON.stringify({ ...valid, plan: 'none' }));
    expect(wrong.ok ? null : wrong.problem).toEqual(
      jasmine.objectContaining({ code: 'wrong-type', field: 'plan' }),
    );
  });

  it('tells a file from another app, a future version and an unknown questionnaire apart', () => {
    const valid = {
      format: 'haven-submission',
      formatVersion: 1,
      ...SAMPLES.wellControlled(),
      digest: 'a'.repeat(64),
    };
    expect(parseSubmissionFile('{"format":"haven-assessment","formatVersion":1}')).toEqual({
      ok: false,
      problem: { code: 'not-submission', found: 'haven-assessment' },
    });
    expect(parseSubmissionFile(JSON.stringify({ ...valid, formatVersion: 2 }))).toEqual({
      ok: false,
      problem: { code: 'future-version', version: 2 },
    });
    expect(
      parseSubmissionFile(
        JSON.stringify({ ...valid, questionnaire: { id: 'accommodation', version: '0.9.0' } }),
      ),
    ).toEqual({
      ok: false,
      problem: { code: 'unknown-questionnaire', questionnaire: 'accommodation 0.9.0' },
    });
  });
});
