import { canonicalJson } from '../assessment/canonical-json';
import { Supplier } from '../suppliers/supplier';
import { RecordKind, recordName } from './record-name';
import { Workspace, WorkspaceSettings } from './workspace';

export type { RecordKind };
export type RestoreMode = 'merge' | 'replace';

/** A record with the same id on the device and in the backup, and which copy the restore keeps. */
export interface Duplicate {
  readonly kind: RecordKind;
  readonly id: string;
  /** What the user recognises it by: a business or supplier name, '' when none was given. */
  readonly name: string;
  readonly keep: 'backup' | 'device' | 'same';
  readonly backupUpdatedAt: string;
  readonly deviceUpdatedAt: string;
}

export interface RecordIds {
  readonly assessments: readonly string[];
  readonly suppliers: readonly string[];
  readonly submissions: readonly string[];
}

export interface RestorePlan {
  readonly mode: RestoreMode;
  /**
   * Records to put: for 'replace' the whole backup; for 'merge' the new ones, the duplicates whose
   * backup copy is kept, and suppliers that gain requests from the other copy.
   */
  readonly put: Workspace;
  /** Ids to delete first: for 'replace' everything on the device that the backup lacks. */
  readonly remove: RecordIds;
  /** Every record on both sides ('replace' lists them too: each is overwritten unless 'same'). */
  readonly duplicates: readonly Duplicate[];
  /** Records the device did not have. */
  readonly added: {
    readonly assessments: number;
    readonly suppliers: number;
    readonly submissions: number;
  };
}

/**
 * What restoring `backup` onto `device` does. 'replace' makes the device hold exactly the backup.
 * 'merge' loses nothing from either side: a record on one side only is kept, and of two copies
 * the one changed last is kept (the device's on a tie, so nothing is overwritten without a reason).
 */
export function planRestore(device: Workspace, backup: Workspace, mode: RestoreMode): RestorePlan {
  const names = { device: supplierNames(device), backup: supplierNames(backup) };
  const assessments = planList('assessment', device.assessments, backup.assessments, mode, names);
  const suppliers = planList('supplier', device.suppliers, backup.suppliers, mode, names);
  const submissions = planList('submission', device.submissions, backup.submissions, mode, names);
  return {
    mode,
    put: {
      assessments: assessments.put,
      suppliers: suppliers.put,
      submissions: submissions.put,
      settings:
        mode === 'replace' ? backup.settings : mergeSettings(device.settings, backup.settings),
    },
    remove: {
      assessments: assessments.remove,
      suppliers: suppliers.remove,
      submissions: submissions.remove,
    },
    duplicates: [...assessments.duplicates, ...suppliers.duplicates, ...submissions.duplicates],
    added: {
      assessments: assessments.added,
      suppliers: suppliers.added,
      submissions: submissions.added,
    },
  };
}

/** The workspace once the plan is applied: put records first, then the device's others. */
export function applyRestorePlan(device: Workspace, plan: RestorePlan): Workspace {
  return {
    assessments: applyList(device.assessments, plan.put.assessments, plan.remove.assessments),
    suppliers: applyList(device.suppliers, plan.put.suppliers, plan.remove.suppliers),
    submissions: applyList(device.submissions, plan.put.submissions, plan.remove.submissions),
    settings: plan.put.settings,
  };
}

type Kinds = {
  assessment: Workspace['assessments'][number];
  supplier: Workspace['suppliers'][number];
  submission: Workspace['submissions'][number];
};

function planList<K extends RecordKind>(
  kind: K,
  device: readonly Kinds[K][],
  backup: readonly Kinds[K][],
  mode: RestoreMode,
  supplierNames: Readonly<Record<'device' | 'backup', SupplierNames>>,
) {
  const onDevice = new Map(device.map((record) => [record.id, record]));
  const put: Kinds[K][] = [];
  const duplicates: Duplicate[] = [];
  let added = 0;
  for (const fromBackup of backup) {
    const mine = onDevice.get(fromBackup.id);
    if (!mine) {
      added++;
      put.push(fromBackup);
      continue;
    }
    const backupUpdatedAt = updatedAt(kind, fromBackup);
    const deviceUpdatedAt = updatedAt(kind, mine);
    const keep =
      canonicalJson(fromBackup) === canonicalJson(mine)
        ? 'same'
        : mode === 'replace' || Date.parse(backupUpdatedAt) > Date.parse(deviceUpdatedAt)
          ? 'backup'
          : 'device';
    const [kept, other] = keep === 'backup' ? [fromBackup, mine] : [mine, fromBackup];
    const [keptSide, otherSide] = keep === 'backup' ? BACKUP_FIRST : DEVICE_FIRST;
    const name =
      recordName(kind, kept, supplierNames[keptSide]) ||
      recordName(kind, other, supplierNames[otherSide]);
    duplicates.push({ kind, id: fromBackup.id, name, keep, backupUpdatedAt, deviceUpdatedAt });
    if (mode === 'replace') {
      put.push(fromBackup);
    } else if (keep !== 'same') {
      const merged =
        kind === 'supplier' ? withAllRequests(kept as Supplier, other as Supplier) : kept;
      if (canonicalJson(merged) !== canonicalJson(mine)) put.push(merged as Kinds[K]);
    }
  }
  const inBackup = new Set(backup.map((record) => record.id));
  const remove =
    mode === 'replace' ? device.filter((r) => !inBackup.has(r.id)).map((r) => r.id) : [];
  return { put, remove, duplicates, added };
}

type SupplierNames = (supplierId: string) => string | undefined;
const BACKUP_FIRST = ['backup', 'device'] as const;
const DEVICE_FIRST = ['device', 'backup'] as const;

/** Names by id, looked up once per side rather than searched for each duplicate. */
function supplierNames(workspace: Workspace): SupplierNames {
  const names = new Map(workspace.suppliers.map((s) => [s.id, s.name]));
  return (supplierId) => names.get(supplierId);
}

/** When a record last changed: for a received submission, its review (the package is sealed). */
function updatedAt(kind: RecordKind, record: Kinds[RecordKind]): string {
  return kind === 'submission'
    ? (record as Kinds['submission']).review.updatedAt
    : (record as Kinds['assessment' | 'supplier']).updatedAt;
}

/**
 * The kept copy with every request either copy sent: a supplier's reply is accepted only for a
 * request on its record, so a reply to one sent from the other copy must still find it.
 */
function withAllRequests(kept: Supplier, other: Supplier): Supplier {
  const known = new Set((kept.requests ?? []).map((r) => r.requestId));
  const missing = (other.requests ?? []).filter((r) => !known.has(r.requestId));
  return missing.length ? { ...kept, requests: [...(kept.requests ?? []), ...missing] } : kept;
}

/** The device's names stay; the backup's fill the ones never set here. */
function mergeSettings(device: WorkspaceSettings, backup: WorkspaceSettings): WorkspaceSettings {
  const pick = (mine: string, theirs: string) => (mine.trim() ? mine : theirs);
  return {
    reviewerName: pick(device.reviewerName, backup.reviewerName),
    operatorName: pick(device.operatorName, backup.operatorName),
  };
}

function applyList<T extends { readonly id: string }>(
  device: readonly T[],
  put: readonly T[],
  remove: readonly string[],
): T[] {
  const replaced = new Set([...remove, ...put.map((record) => record.id)]);
  return [...put, ...device.filter((record) => !replaced.has(record.id))];
}
