import { isBackupDue, snoozeUntil } from './backup-reminder';

describe('the backup reminder', () => {
  const now = '2026-11-26T10:00:00.000Z';
  const daysAgo = (days: number) => new Date(Date.parse(now) - days * 86_400_000).toISOString();
  const facts = {
    now,
    lastBackupAt: null as string | null,
    snoozedUntil: null as string | null,
    oldestRecordAt: daysAgo(40) as string | null,
  };

  it('says nothing when there is nothing to lose', () => {
    expect(isBackupDue({ ...facts, oldestRecordAt: null })).toBeFalse();
  });

  it('leaves a new user alone on the first day, then reminds them when there was never a backup', () => {
    expect(isBackupDue({ ...facts, oldestRecordAt: daysAgo(0.5) })).toBeFalse();
    expect(isBackupDue({ ...facts, oldestRecordAt: daysAgo(2) })).toBeTrue();
  });

  it('reminds once the last backup is more than 30 days old', () => {
    expect(isBackupDue({ ...facts, lastBackupAt: daysAgo(29) })).toBeFalse();
    expect(isBackupDue({ ...facts, lastBackupAt: daysAgo(31) })).toBeTrue();
  });

  it('stays away for a week after "Not now"', () => {
    const snoozed = snoozeUntil(daysAgo(6));
    expect(isBackupDue({ ...facts, snoozedUntil: snoozed })).toBeFalse();
    expect(isBackupDue({ ...facts, snoozedUntil: snoozeUntil(daysAgo(8)) })).toBeTrue();
  });
});
