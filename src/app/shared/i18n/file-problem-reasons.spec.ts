import { InvalidReason } from '../../domain/untrusted-data';
import { invalidReasonMessage } from './file-problem-reasons';

describe('invalidReasonMessage', () => {
  const reasons: InvalidReason[] = [
    { code: 'bad-version' },
    { code: 'unknown-question', question: 'guestName' },
    { code: 'not-an-option', question: 'hasBar' },
    { code: 'unknown-action', action: 'no-such-action' },
    { code: 'reserved-key', key: '__proto__' },
    { code: 'markup', field: 'assessment.answers.businessName' },
    { code: 'too-many', field: 'assessment.answers', count: 100_000 },
    { code: 'too-deep' },
    { code: 'missing-field', field: 'assessment.id' },
    { code: 'extra-field', field: 'assessment.extra' },
    { code: 'wrong-type', field: 'assessment.step', expected: 'number' },
  ];

  it('words every reason as a sentence, never as its code', () => {
    for (const reason of reasons) {
      const message = invalidReasonMessage(reason);
      expect(message)
        .withContext(reason.code)
        .toMatch(/^[A-Z].*\.$/);
      expect(message).withContext(reason.code).not.toContain(reason.code);
    }
  });

  it('names the question, action, key or field it is about', () => {
    expect(invalidReasonMessage(reasons[1])).toContain('“guestName”');
    expect(invalidReasonMessage(reasons[2])).toContain('“hasBar”');
    expect(invalidReasonMessage(reasons[3])).toContain('“no-such-action”');
    expect(invalidReasonMessage(reasons[5])).toContain('“assessment.answers.businessName”');
  });
});
