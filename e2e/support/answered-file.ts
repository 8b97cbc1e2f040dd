import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { assessmentFileText } from '../../src/app/domain/assessment/assessment-file';
import { ACCOMMODATION } from '../../src/app/domain/questionnaire/sets/accommodation';
import { WORKED_EXAMPLE_HOTEL } from '../../src/app/domain/testing/sample-answers';

/**
 * Writes an export file of the brief's worked-example hotel, every question answered (so its plan
 * has actions to write in), under the given id and name; returns the file's path.
 */
export function writeAnsweredAssessment(
  dir: string,
  id: string,
  businessName: string,
  at = '2026-11-25T10:00:00.000Z',
): string {
  const file = join(dir, `${id}.json`);
  mkdirSync(dir, { recursive: true });
  const assessment = {
    id,
    setId: ACCOMMODATION.id,
    setVersion: ACCOMMODATION.version,
    answers: { ...WORKED_EXAMPLE_HOTEL, businessName },
    plan: {},
    step: 0,
    createdAt: at,
    updatedAt: at,
  };
  writeFileSync(file, assessmentFileText(assessment, at));
  return file;
}
