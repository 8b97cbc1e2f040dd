/**
 * When Haven reminds the user to back up. Everything lives in one browser: a cleared site, a lost
 * phone loses it all, so a backup older than a month is worth a word. A brand-new user is left in
 * peace for a day (the first answers are not yet worth a file), and "Not now" holds for a week.
 */
export const BACKUP_MAX_AGE_DAYS = 30;
export const FIRST_REMINDER_AFTER_DAYS = 1;
export const SNOOZE_DAYS = 7;

const DAY_MS = 86_400_000;

export interface BackupReminderFacts {
  /** When the reminder is considered: the app passes the time it read the facts. */
  readonly now: string;
  readonly lastBackupAt: string | null;
  readonly snoozedUntil: string | null;
  /** When the oldest record on the device was made; null when there is none. */
  readonly oldestRecordAt: string | null;
}

export function isBackupDue(facts: BackupReminderFacts): boolean {
  const now = Date.parse(facts.now);
  if (facts.oldestRecordAt === null || Number.isNaN(now)) return false;
  if (facts.snoozedUntil !== null && Date.parse(facts.snoozedUntil) > now) return false;
  if (facts.lastBackupAt !== null) {
    return now - Date.parse(facts.lastBackupAt) > BACKUP_MAX_AGE_DAYS * DAY_MS;
  }
  return now - Date.parse(facts.oldestRecordAt) > FIRST_REMINDER_AFTER_DAYS * DAY_MS;
}

/** The end of a snooze that starts now. */
export function snoozeUntil(now: string): string {
  return new Date(Date.parse(now) + SNOOZE_DAYS * DAY_MS).toISOString();
}

/** The earliest of the given ISO times, or null when there are none. */
export function earliest(times: readonly string[]): string | null {
  let first: string | null = null;
  for (const time of times) if (first === null || time < first) first = time;
  return first;
}
