import * as v from 'valibot';

import { ASSESSMENT_FILE_FORMAT } from '../assessment/assessment-file';
import { canonicalJson } from '../assessment/canonical-json';
import {
  BACKUP_FORMAT,
  REQUEST_FORMAT,
  RESPONSE_FORMAT,
  REVIEW_RESPONSE_FORMAT,
} from '../file-formats';
import { SUBMISSION_FORMAT } from '../review/submission';
import { Checked } from '../untrusted-data';
import {
  BackupProblem,
  copyWith,
  invalid,
  schemaProblemAt,
  unexpected,
  untrustedProblemAt,
} from './backup-problem';
import { readAssessments, readSubmissions, readSuppliers } from './backup-records';
import { DIGEST, SETTINGS_SCHEMA, TIMESTAMP } from './record-schemas';
import { Workspace } from './workspace';

export { BACKUP_FORMAT };
export type { BackupProblem };
export const BACKUP_FORMAT_VERSION = 1;

/**
 * A backup holds a whole device, so it may be ten times a single file's size: a reviewer's year
 * of submissions is a few MB. Beyond this it is not one, and JSON.parse of it could stall a phone.
 */
export const MAX_BACKUP_BYTES = 50 * 1024 * 1024;
/** Records per list; each record keeps the limits it has in a file of its own. */
export const MAX_BACKUP_RECORDS = 10_000;

export interface ParsedBackup {
  /** Ready to restore: assessments of an earlier questionnaire version are brought to the current one. */
  readonly workspace: Workspace;
  readonly createdAt: string;
  readonly digest: string;
  /**
   * The text `digest` is the SHA-256 of: the workspace exactly as the file holds it. It differs
   * from `backupDigestInput(workspace)` when an assessment was brought to a newer questionnaire.
   */
  readonly digestInput: string;
}

/**
 * The text the backup digest is the SHA-256 of. It shows the file was not edited or damaged since
 * Haven wrote it; it is not a signature (there are no keys without a server).
 */
export function backupDigestInput(workspace: Workspace): string {
  return canonicalJson(workspaceOf(workspace));
}

/**
 * The file text, indented so that two backups can be compared line by line, and ending with a
 * line break like any text file (so formatters and line-based tools leave it as it is).
 */
export function writeBackup(workspace: Workspace, createdAt: string, digest: string): string {
  const file = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    createdAt,
    counts: {
      assessments: workspace.assessments.length,
      suppliers: workspace.suppliers.length,
      submissions: workspace.submissions.length,
    },
    workspace: workspaceOf(workspace),
    digest,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * Reads a backup as untrusted input, all or nothing: size, JSON, format and version first (a
 * newer Haven's backup is refused before anything in it is read), then the shared untrusted-data
 * walk and each record as strictly as if it were imported alone, ids unique in each list. The
 * digest is compared by `checkBackupDigest`. Every check is linear in the size of the file.
 */
export function parseBackupFile(text: string): Checked<ParsedBackup, BackupProblem> {
  if (text.length > MAX_BACKUP_BYTES) return fail({ code: 'too-large' });
  let data: unknown;
  try {
    // A byte-order mark is how some editors save UTF-8, as the other imports allow; not JSON.
    data = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch {
    return fail({ code: 'not-json' });
  }
  const head = v.safeParse(HEAD, data);
  if (!head.success) return fail({ code: 'not-haven' });
  const { format, formatVersion } = head.output;
  if (format !== BACKUP_FORMAT) {
    return fail(
      OTHER_FORMATS.includes(format) ? { code: 'other-format', format } : { code: 'not-haven' },
    );
  }
  // Haven's own format, with a version Haven never wrote (0, "1", 1.5, none): edited or damaged.
  if (!v.is(VERSION, formatVersion)) return fail(invalid({ code: 'bad-version' }));
  if (formatVersion > BACKUP_FORMAT_VERSION) {
    return fail({ code: 'future-version', version: formatVersion });
  }
  return readBackup(data as Record<string, unknown>);
}

/** Whether the backup's content is still what Haven sealed: `computedDigest` is SHA-256 of `digestInput`. */
export function checkBackupDigest(
  parsed: ParsedBackup,
  computedDigest: string,
): BackupProblem | null {
  return parsed.digest === computedDigest ? null : { code: 'digest-mismatch' };
}

function readBackup(data: Record<string, unknown>): Checked<ParsedBackup, BackupProblem> {
  // Lists are walked record by record below, each with a single file's limits; the rest here.
  const raw = isRecord(data['workspace']) ? data['workspace'] : undefined;
  const lists = LISTS.filter((list) => Array.isArray(raw?.[list]));
  for (const list of lists) {
    const count = (raw![list] as unknown[]).length;
    if (count > MAX_BACKUP_RECORDS) {
      return fail(invalid({ code: 'too-many', field: `workspace.${list}`, count }));
    }
  }
  const emptied = Object.fromEntries(lists.map((list) => [list, []]));
  const rest = raw ? copyWith(data, { workspace: copyWith(raw, emptied) }) : data;
  const untrusted = untrustedProblemAt(rest, '');
  if (untrusted) return fail(untrusted);

  const envelope = v.safeParse(ENVELOPE, data, { abortEarly: true });
  if (!envelope.success) return fail(schemaProblemAt(envelope.issues[0], ''));
  const { createdAt, counts, digest, workspace: held } = envelope.output;
  for (const list of LISTS) {
    if (counts[list] !== held[list].length) {
      return fail(unexpected(`counts.${list}`, String(held[list].length)));
    }
  }
  const assessments = readAssessments(held.assessments);
  if (!assessments.ok) return assessments;
  const suppliers = readSuppliers(held.suppliers);
  if (!suppliers.ok) return suppliers;
  const submissions = readSubmissions(held.submissions);
  if (!submissions.ok) return submissions;
  return {
    ok: true,
    value: {
      workspace: {
        assessments: assessments.value,
        suppliers: suppliers.value,
        submissions: submissions.value,
        settings: held.settings,
      },
      createdAt,
      digest,
      digestInput: canonicalJson(data['workspace']),
    },
  };
}

/** Only what a workspace holds, in a fixed order, whatever else the caller's object carries. */
function workspaceOf(workspace: Workspace): Workspace {
  const { assessments, suppliers, submissions, settings } = workspace;
  return {
    assessments,
    suppliers,
    submissions,
    settings: { reviewerName: settings.reviewerName, operatorName: settings.operatorName },
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fail(problem: BackupProblem): { readonly ok: false; readonly problem: BackupProblem } {
  return { ok: false, problem };
}

const LISTS = ['assessments', 'suppliers', 'submissions'] as const;

/** Haven's other files: picked by mistake, they are named rather than called foreign. */
const OTHER_FORMATS: readonly string[] = [
  ASSESSMENT_FILE_FORMAT,
  SUBMISSION_FORMAT,
  REQUEST_FORMAT,
  RESPONSE_FORMAT,
  REVIEW_RESPONSE_FORMAT,
];

const HEAD = v.object({ format: v.string(), formatVersion: v.optional(v.unknown()) });
const VERSION = v.pipe(v.number(), v.integer(), v.minValue(1));
const COUNT = v.pipe(v.number(), v.integer(), v.minValue(0));

const ENVELOPE = v.strictObject({
  format: v.literal(BACKUP_FORMAT),
  formatVersion: v.literal(BACKUP_FORMAT_VERSION),
  createdAt: TIMESTAMP,
  counts: v.strictObject({ assessments: COUNT, suppliers: COUNT, submissions: COUNT }),
  workspace: v.strictObject({
    assessments: v.array(v.unknown()),
    suppliers: v.array(v.unknown()),
    submissions: v.array(v.unknown()),
    settings: SETTINGS_SCHEMA,
  }),
  digest: DIGEST,
});
