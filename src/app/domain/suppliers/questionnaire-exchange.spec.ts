import { Assessment } from '../assessment/assessment';
import { Supplier } from './supplier';
import {
  checkResponse,
  isAlreadyAttached,
  parseRequestFile,
  parseResponseFile,
  QuestionnaireRequest,
  QuestionnaireResponse,
  requestFileText,
  responseDigestInput,
  responseFileText,
} from './questionnaire-exchange';

const REQUEST: QuestionnaireRequest = {
  requestId: 'req-1',
  createdAt: '2026-11-01T10:00:00.000Z',
  operatorName: 'Sunrise Tours',
  supplier: {
    id: 'sup-1',
    name: 'Jungle Treks',
    category: 'excursions',
    country: 'Laos',
    locality: 'Luang Prabang',
  },
  questionnaire: { id: 'supplier-excursions', version: '2.0.0' },
};
const RESPONSE: QuestionnaireResponse = {
  requestId: 'req-1',
  supplierId: 'sup-1',
  questionnaire: { id: 'supplier-excursions', version: '2.0.0' },
  answers: { businessName: 'Jungle Treks', orphanageVisits: 'no' },
  answeredAt: '2026-11-05T10:00:00.000Z',
};
const SUPPLIER: Supplier = {
  id: 'sup-1',
  name: 'Jungle Treks',
  category: 'excursions',
  country: 'Laos',
  locality: 'Luang Prabang',
  volume: 10,
  clauseStatus: 'sent',
  contact: '',
  createdAt: '',
  updatedAt: '',
  requests: [
    {
      requestId: 'req-1',
      setId: 'supplier-excursions',
      setVersion: '2.0.0',
      sentAt: '2026-11-01T10:00:00.000Z',
    },
  ],
};
const DIGEST = 'a'.repeat(64);

describe('questionnaire request files', () => {
  it('reads back what was written', () => {
    expect(parseRequestFile(requestFileText(REQUEST))).toEqual({ ok: true, value: REQUEST });
  });

  it('says so when given a response instead of a request', () => {
    expect(parseRequestFile(responseFileText(RESPONSE, DIGEST))).toEqual({
      ok: false,
      problem: { code: 'wrong-kind', found: 'haven-questionnaire-response' },
    });
  });

  it('refuses a questionnaire this version of Haven does not have', () => {
    const text = requestFileText({
      ...REQUEST,
      questionnaire: { id: 'supplier-excursions', version: '7.0.0' },
    });
    expect(parseRequestFile(text)).toEqual({
      ok: false,
      problem: { code: 'unknown-questionnaire', questionnaire: 'supplier-excursions 7.0.0' },
    });
  });
});

describe('questionnaire response files', () => {
  it('reads back what was written, with its digest', () => {
    expect(parseResponseFile(responseFileText(RESPONSE, DIGEST))).toEqual({
      ok: true,
      value: {
        response: RESPONSE,
        digest: DIGEST,
        answers: RESPONSE.answers,
        setVersion: RESPONSE.questionnaire.version,
      },
    });
  });

  it('brings the answers of a response from an earlier Haven to the current questionnaire', () => {
    const old = { ...RESPONSE, questionnaire: { id: 'supplier-excursions', version: '1.0.0' } };
    const parsed = parseResponseFile(
      responseFileText(
        { ...old, answers: { ctxChildrenWorking: 'yes', orphanageVisits: 'no' } },
        DIGEST,
      ),
    );
    expect(parsed.ok && parsed.value.setVersion).toBe('2.0.0');
    expect(parsed.ok && parsed.value.response.questionnaire.version).toBe('1.0.0');
  });

  it('refuses an answer the question cannot take', () => {
    const text = responseFileText(
      { ...RESPONSE, answers: { orphanageVisits: 'sometimes' } },
      DIGEST,
    );
    expect(parseResponseFile(text)).toEqual({
      ok: false,
      problem: { code: 'invalid', reason: { code: 'not-an-option', question: 'orphanageVisits' } },
    });
  });

  it('says a response with a version Haven never wrote was edited', () => {
    for (const formatVersion of [0, '1', 1.5, null]) {
      const text = JSON.stringify({
        ...JSON.parse(responseFileText(RESPONSE, DIGEST)),
        formatVersion,
      });
      expect(parseResponseFile(text))
        .withContext(String(formatVersion))
        .toEqual({ ok: false, problem: { code: 'invalid', reason: { code: 'bad-version' } } });
    }
  });

  it('refuses a prototype key', () => {
    const text = responseFileText(RESPONSE, DIGEST).replace('"businessName"', '"__proto__"');
    expect(parseResponseFile(text)).toEqual({
      ok: false,
      problem: { code: 'invalid', reason: { code: 'reserved-key', key: '__proto__' } },
    });
  });

  it('digests the same content the same way, and other content differently', () => {
    expect(responseDigestInput(RESPONSE)).toBe(responseDigestInput({ ...RESPONSE }));
    expect(
      responseDigestInput({
        ...RESPONSE,
        answers: { ...RESPONSE.answers, orphanageVisits: 'yes' },
      }),
    ).not.toBe(responseDigestInput(RESPONSE));
  });
});

describe('checkResponse', () => {
  it('attaches a response to the supplier whose request it answers', () => {
    expect(checkResponse(RESPONSE, DIGEST, DIGEST, [SUPPLIER])).toEqual({
      ok: true,
      value: SUPPLIER,
    });
  });

  it('refuses a response to a request this operator never sent', () => {
    expect(checkResponse({ ...RESPONSE, requestId: 'other' }, DIGEST, DIGEST, [SUPPLIER])).toEqual({
      ok: false,
      problem: { code: 'unknown-request' },
    });
  });

  it('refuses a response with another questionnaire version than requested', () => {
    const requests = [{ ...SUPPLIER.requests![0], setVersion: '0.9.0' }];
    expect(checkResponse(RESPONSE, DIGEST, DIGEST, [{ ...SUPPLIER, requests }])).toEqual({
      ok: false,
      problem: {
        code: 'other-version',
        expected: 'supplier-excursions 0.9.0',
        found: 'supplier-excursions 2.0.0',
      },
    });
  });

  it('accepts an answer in the current version to a request an earlier Haven wrote', () => {
    const requests = [{ ...SUPPLIER.requests![0], setVersion: '1.0.0' }];
    const checked = checkResponse(RESPONSE, DIGEST, DIGEST, [{ ...SUPPLIER, requests }]);
    expect(checked.ok).toBeTrue();
  });

  it('refuses a response whose content no longer matches its digest', () => {
    expect(checkResponse(RESPONSE, DIGEST, 'b'.repeat(64), [SUPPLIER])).toEqual({
      ok: false,
      problem: { code: 'altered' },
    });
  });
});

describe('isAlreadyAttached', () => {
  const attached: Assessment = {
    id: 'a1',
    setId: 'supplier-excursions',
    setVersion: '2.0.0',
    answers: { orphanageVisits: 'no', businessName: 'Jungle Treks' },
    plan: {},
    step: 0,
    createdAt: '',
    updatedAt: '',
    supplier: { supplierId: 'sup-1', answeredBy: 'supplier' },
  };
  const check = (assessments: Assessment[], answers = RESPONSE.answers) =>
    isAlreadyAttached(assessments, 'sup-1', RESPONSE.questionnaire, answers);

  it('recognises the same answers from the same supplier, in any key order', () => {
    expect(check([attached])).toBeTrue();
  });

  it('lets new answers, another supplier or a desk assessment through', () => {
    expect(check([attached], { ...RESPONSE.answers, orphanageVisits: 'yes' })).toBeFalse();
    expect(
      check([{ ...attached, supplier: { supplierId: 'sup-2', answeredBy: 'supplier' } }]),
    ).toBeFalse();
    expect(
      check([{ ...attached, supplier: { supplierId: 'sup-1', answeredBy: 'operator' } }]),
    ).toBeFalse();
    expect(check([{ ...attached, setVersion: '1.0.0' }])).toBeFalse();
    expect(check([])).toBeFalse();
  });
});
