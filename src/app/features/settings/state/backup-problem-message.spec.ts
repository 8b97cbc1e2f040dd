import type { BackupProblem } from '../../../domain/backup/backup-problem';
import { backupProblemMessage, unreadableBackupMessage } from './backup-problem-message';

describe('backup problem messages', () => {
  const problems: BackupProblem[] = [
    { code: 'too-large' },
    { code: 'not-json' },
    { code: 'not-haven' },
    { code: 'other-format', format: 'haven-assessment' },
    { code: 'future-version', version: 2 },
    { code: 'unknown-questionnaire', questionnaire: 'glamping 9.0.0' },
    { code: 'invalid', reason: { code: 'too-deep' } },
    { code: 'digest-mismatch' },
  ];

  it('name the file, say that nothing changed, and never show a raw code', () => {
    for (const problem of problems) {
      const message = backupProblemMessage('haven-backup-2026-11-26.json', problem);
      expect(message).withContext(problem.code).toContain('haven-backup-2026-11-26.json');
      expect(message).withContext(problem.code).toContain('Nothing was changed.');
      expect(message)
        .withContext(problem.code)
        .not.toMatch(/\(too-deep\)|undefined|\[object/);
    }
  });

  it('say why a backup just made was not offered', () => {
    expect(
      unreadableBackupMessage({ code: 'invalid', reason: { code: 'markup', field: 'note' } }),
    ).toContain('“note”');
    expect(
      unreadableBackupMessage({ code: 'unknown-questionnaire', questionnaire: 'glamping 9.0.0' }),
    ).toContain('Update Haven');
  });
});
