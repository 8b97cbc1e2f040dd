// The file's bytes, as the user's disk holds them (the builder's text loader, not a JSON import
// that would parse them first).
import fixtureFile from './fixtures/backup-v1.json' with { loader: 'text' };

import { submissionDigestInput } from '../review/submission';
import { digestOf } from '../review/testing-submissions';
import { BACKUP_FORMAT, checkBackupDigest, parseBackupFile, ParsedBackup } from './backup-file';

/**
 * A backup as the first release of the format wrote it (writeBackup, with its real digest), from
 * a realistic device: a hotel's submitted and reviewed assessment, a desk assessment, two
 * suppliers (one sent a questionnaire request), and a received submission with its review.
 * Every later Haven must still restore it. When BACKUP_FORMAT_VERSION is raised, keep this
 * fixture and its spec as they are and add the new version's beside them.
 */
const FIXTURE_TEXT = fixtureFile as unknown as string;

describe('backup format version 1 (released fixture)', () => {
  let backup: ParsedBackup;

  beforeAll(() => {
    const parsed = parseBackupFile(FIXTURE_TEXT);
    if (!parsed.ok)
      throw new Error(`the released backup is refused: ${JSON.stringify(parsed.problem)}`);
    backup = parsed.value;
  });

  it('is the text Haven wrote: JSON.stringify layout, untouched by any formatter', () => {
    const data = JSON.parse(FIXTURE_TEXT);
    expect(data.format).toBe(BACKUP_FORMAT);
    expect(data.formatVersion).toBe(1);
    expect(FIXTURE_TEXT).toBe(`${JSON.stringify(data, null, 2)}\n`);
  });

  it('still matches its digest', async () => {
    expect(backup.digest).toBe('e27d97e95294483bcf3ecb690dde06afd4fcaa4435171ddd327a0a8710770190');
    expect(checkBackupDigest(backup, await digestOf(backup.digestInput))).toBeNull();
  });

  it('restores every record', () => {
    const { workspace } = backup;
    expect(backup.createdAt).toBe('2026-11-26T09:00:00.000Z');
    expect(workspace.assessments.map((a) => a.answers['businessName'])).toEqual([
      'Harbour View Hotel',
      'Reef Walks Guiding Co.',
    ]);
    expect(workspace.suppliers.map((s) => s.name)).toEqual([
      'Coral Coast Transfers',
      'Reef Walks Guiding Co.',
    ]);
    expect(workspace.submissions.map((s) => s.submission.profile.name)).toEqual([
      'Harbour View Hotel',
    ]);
    expect(workspace.settings).toEqual({
      reviewerName: 'The Code reviewer',
      operatorName: 'Coast & Reef Tours',
    });
  });

  it("keeps the hotel's answers, plan, submission and review", () => {
    const [hotel] = backup.workspace.assessments;
    expect(hotel.setId).toBe('accommodation');
    expect(Object.keys(hotel.answers).length).toBe(45);
    expect(hotel.answers['nightShift']).toBe('two-plus');
    expect(hotel.plan['annual-review']).toEqual({
      owner: 'General manager',
      due: '2027-03-31',
      status: 'in-progress',
      note: 'Board meeting in March: "policy & training" on the agenda.',
    });
    expect(hotel.submission?.submissionId).toBe('c0ffee00-1234-4abc-9def-000000000001');
    expect(hotel.review?.status).toBe('accepted');
  });

  it("keeps the sent request, the desk assessment's link, and the reviewer's remarks", () => {
    const { workspace } = backup;
    const guides = workspace.suppliers[1];
    expect(guides.requests).toEqual([
      {
        requestId: '51e2d3c4-b5a6-4978-8a9b-0c1d2e3f4a5b',
        setId: 'supplier-guides',
        setVersion: '2.0.0',
        sentAt: '2026-10-15T12:00:00.000Z',
      },
    ]);
    expect(workspace.assessments[1].supplier).toEqual({
      supplierId: guides.id,
      answeredBy: 'operator',
    });
    const [received] = workspace.submissions;
    expect(received.review.status).toBe('changes-requested');
    expect(received.review.comments['hourlyIdAll'].evidenceRequested).toBeTrue();
    expect(received.recomputed.redFlags).toEqual(['hourly-without-id']);
  });

  it("keeps each received submission's own seal", async () => {
    for (const received of backup.workspace.submissions) {
      expect(await digestOf(submissionDigestInput(received.submission))).toBe(received.digest);
    }
  });
});
