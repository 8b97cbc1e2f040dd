import { Answers } from '../../src/app/domain/questionnaire/answers';
import { QuestionSet, UNKNOWN } from '../../src/app/domain/questionnaire/question-set';
import { valuesOf } from '../../src/app/domain/questionnaire/question-set-integrity';
import { allQuestions } from '../../src/app/domain/questionnaire/visibility';
import { Random } from './random';

// A careful business still has some safeguards only written down.
const CAREFUL_CONTROLS = ['3', '3', '2', '2', '1'];

export interface Profile {
  readonly businessName: string;
  readonly country: string;
  readonly locality: string;
  readonly assessedBy?: string;
}

/**
 * A complete answer set: every question of the questionnaire answered, hidden ones too (as when a
 * user changes their mind), so whatever shows is answered and the rating is not provisional.
 *
 * `riskiness` is the share of questions answered at random among all their values ("Don't know"
 * included); the rest get the careful answer ("no" to a practice, most safeguards in use or checked).
 * Uniform answers alone would put nearly every business at Very high through some red flag, which
 * is neither realistic nor a test of the bands in between.
 */
export function completeAnswers(
  set: QuestionSet,
  profile: Profile,
  random: Random,
  riskiness: number,
): Answers {
  const answers: Record<string, string> = {};
  for (const question of allQuestions(set)) {
    if (question.kind === 'text') {
      answers[question.id] = textFor(question.id, profile);
      continue;
    }
    const values = valuesOf(question);
    if (random.chance(riskiness)) answers[question.id] = random.pick(values);
    else if (question.kind === 'control') answers[question.id] = random.pick(CAREFUL_CONTROLS);
    else
      answers[question.id] = values.includes('no') ? 'no' : values.filter((v) => v !== UNKNOWN)[0];
  }
  return answers;
}

function textFor(questionId: string, profile: Profile): string {
  switch (questionId) {
    case 'businessName':
      return profile.businessName;
    case 'country':
      return profile.country;
    case 'locality':
      return profile.locality;
    default:
      return profile.assessedBy ?? 'Operations manager';
  }
}
