import fc from 'fast-check';

import { Assessment } from '../assessment/assessment';
import { assessmentFileText } from '../assessment/assessment-file';
import { requestFileText, responseFileText } from '../suppliers/questionnaire-exchange';
import { reviewResponseFileText } from '../review/review-response';
import { digestOf, sampleSubmission, sealedText } from '../review/testing-submissions';
import { WELL_CONTROLLED_HOTEL } from '../testing/sample-answers';
import {
  BACKUP_FORMAT,
  backupDigestInput,
  checkBackupDigest,
  MAX_BACKUP_RECORDS,
  parseBackupFile,
  ParsedBackup,
  writeBackup,
} from './backup-file';
import * as arb from './testing-workspaces';
import { EMPTY_WORKSPACE, isEmptyWorkspace, Workspace } from './workspace';

const CREATED_AT = '2026-12-01T08:00:00.000Z';

async function backupText(workspace: Workspace): Promise<string> {
  return writeBackup(workspace, CREATED_AT, await digestOf(backupDigestInput(workspace)));
}

function parsed(text: string): ParsedBackup {
  const result = parseBackupFile(text);
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.problem)}`);
  return result.value;
}

const HOTEL: Assessment = {
  id: 'a-hotel',
  setId: 'accommodation',
  setVersion: '2.0.0',
  answers: WELL_CONTROLLED_HOTEL,
  plan: { 'adopt-policy': { owner: 'GM', due: '2027-01-31', status: 'in-progress', note: '' } },
  step: 3,
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-02T10:00:00.000Z',
};
const ONE_HOTEL: Workspace = { ...EMPTY_WORKSPACE, assessments: [HOTEL] };

describe('backup file', () => {
  it('gives back every workspace it wrote, with a digest that checks', async () => {
    await fc.assert(
      fc.asyncProperty(arb.workspace(), async (workspace) => {
        const text = await backupText(workspace);
        const backup = parsed(text);
        expect(backup.workspace).toEqual(workspace);
        expect(backup.createdAt).toBe(CREATED_AT);
        expect(checkBackupDigest(backup, await digestOf(backup.digestInput))).toBeNull();
        expect(backup.digestInput).toBe(backupDigestInput(workspace));
      }),
      { numRuns: 25 },
    );
  });

  it('reports a digest that does not match the content', async () => {
    const backup = parsed(await backupText(ONE_HOTEL));
    const other = await digestOf(backupDigestInput({ ...ONE_HOTEL, assessments: [] }));
    expect(checkBackupDigest(backup, other)).toEqual({ code: 'digest-mismatch' });
  });

  it('has a digest that changes with any record', async () => {
    const edited = { ...ONE_HOTEL, assessments: [{ ...HOTEL, step: 4 }] };
    const backup = parsed(
      writeBackup(edited, CREATED_AT, parsed(await backupText(ONE_HOTEL)).digest),
    );
    expect(checkBackupDigest(backup, await digestOf(backup.digestInput))).toEqual({
      code: 'digest-mismatch',
    });
  });

  it('round-trips an empty workspace', async () => {
    const backup = parsed(await backupText(EMPTY_WORKSPACE));
    expect(backup.workspace).toEqual(EMPTY_WORKSPACE);
    expect(isEmptyWorkspace(backup.workspace)).toBeTrue();
  });

  it('writes format, version, time and counts first, indented, with the digest last', async () => {
    const text = await backupText(ONE_HOTEL);
    const data = JSON.parse(text);
    expect(Object.keys(data)).toEqual([
      'format',
      'formatVersion',
      'createdAt',
      'counts',
      'workspace',
      'digest',
    ]);
    expect(data.format).toBe(BACKUP_FORMAT);
    expect(data.counts).toEqual({ assessments: 1, suppliers: 0, submissions: 0 });
    expect(text).toContain('\n  "format": "haven-backup",\n');
  });

  it('writes only what a workspace holds, whatever else the object carries', async () => {
    const carrying = { ...ONE_HOTEL, loadStatus: 'loaded' } as Workspace;
    expect(parsed(await backupText(carrying)).workspace).toEqual(ONE_HOTEL);
  });

  it('opens an assessment of an earlier questionnaire version with the current one', async () => {
    const old: Assessment = {
      ...HOTEL,
      setVersion: '1.0.0',
      answers: { ...WELL_CONTROLLED_HOTEL, size: '11-50', ctxVulnerableChildren: 'no' },
    };
    const written = { ...EMPTY_WORKSPACE, assessments: [old] };
    const backup = parsed(await backupText(written));
    const [opened] = backup.workspace.assessments;
    expect(opened.setVersion).toBe('2.0.0');
    expect(opened.answers['size']).toBeUndefined();
    // The digest covers the file as written, not the migrated record.
    expect(backup.digestInput).toBe(backupDigestInput(written));
    expect(checkBackupDigest(backup, await digestOf(backup.digestInput))).toBeNull();
  });

  it('refuses a record whose questionnaire this Haven does not have', async () => {
    const text = await backupText({
      ...EMPTY_WORKSPACE,
      assessments: [{ ...HOTEL, setVersion: '3.0.0' }],
    });
    expect(parseBackupFile(text)).toEqual({
      ok: false,
      problem: { code: 'unknown-questionnaire', questionnaire: 'accommodation 3.0.0' },
    });
  });

  it('names another Haven file picked by mistake', async () => {
    const submission = sampleSubmission();
    const others = [
      assessmentFileText(HOTEL, CREATED_AT),
      await sealedText(submission),
      requestFileText({
        requestId: 'r1',
        createdAt: CREATED_AT,
        operatorName: 'Tours',
        supplier: { id: 's1', name: 'Inn', category: 'accommodation', country: 'KE', locality: '' },
        questionnaire: { id: 'supplier-accommodation', version: '2.0.0' },
      }),
      responseFileText(
        {
          requestId: 'r1',
          supplierId: 's1',
          questionnaire: { id: 'supplier-accommodation', version: '2.0.0' },
          answers: {},
          answeredAt: CREATED_AT,
        },
        '0'.repeat(64),
      ),
      reviewResponseFileText(
        {
          submissionId: 'sub-1',
          businessId: 'biz-1',
          businessName: 'Inn',
          reviewerName: 'R',
          reviewedAt: CREATED_AT,
          status: 'accepted',
          note: '',
          comments: [],
        },
        '0'.repeat(64),
      ),
    ];
    for (const text of others) {
      const result = parseBackupFile(text);
      expect(result).toEqual({
        ok: false,
        problem: { code: 'other-format', format: JSON.parse(text).format },
      });
    }
  });

  it('accepts as many records as a backup may hold, and refuses one more', async () => {
    const suppliers = Array.from({ length: MAX_BACKUP_RECORDS }, (_, i) => ({
      id: `s-${i}`,
      name: `Supplier ${i}`,
      category: 'guides' as const,
      country: 'Kenya',
      locality: '',
      volume: i,
      clauseStatus: 'none' as const,
      contact: '',
      createdAt: CREATED_AT,
      updatedAt: CREATED_AT,
    }));
    const full = { ...EMPTY_WORKSPACE, suppliers };
    expect(parseBackupFile(await backupText(full)).ok).toBeTrue();
    const over = JSON.parse(await backupText(full));
    over.workspace.suppliers.push({ ...suppliers[0], id: 's-extra' });
    over.counts.suppliers++;
    expect(parseBackupFile(JSON.stringify(over))).toEqual({
      ok: false,
      problem: {
        code: 'invalid',
        reason: { code: 'too-many', field: 'workspace.suppliers', count: MAX_BACKUP_RECORDS + 1 },
      },
    });
  });
});

describe('isEmptyWorkspace', () => {
  it('ignores settings', () => {
    expect(
      isEmptyWorkspace({ ...EMPTY_WORKSPACE, settings: { reviewerName: 'Ann', operatorName: '' } }),
    ).toBeTrue();
  });

  it('is false with any record', () => {
    expect(isEmptyWorkspace(ONE_HOTEL)).toBeFalse();
  });
});
