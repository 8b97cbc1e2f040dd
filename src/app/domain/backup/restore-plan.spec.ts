import fc from 'fast-check';

import { Assessment } from '../assessment/assessment';
import { ReceivedSubmission } from '../review/review';
import { Supplier } from '../suppliers/supplier';
import { applyRestorePlan, planRestore } from './restore-plan';
import * as arb from './testing-workspaces';
import { EMPTY_WORKSPACE, Workspace } from './workspace';

type AnyRecord = Assessment | Supplier | ReceivedSubmission;
type Fate = 'device' | 'backup' | 'both' | 'newer-on-device' | 'newer-in-backup';

/**
 * A device and a backup made from one set of records: each record on one side, on both as it is,
 * or on both with one copy edited at another time (or at the same time, a tie).
 */
const deviceAndBackup = fc
  .tuple(arb.workspace(4), arb.settings, arb.settings)
  .chain(([base, deviceSettings, backupSettings]) => {
    const count = base.assessments.length + base.suppliers.length + base.submissions.length;
    const fate = fc.record(
      {
        fate: fc.constantFrom<Fate>(
          'device',
          'backup',
          'both',
          'newer-on-device',
          'newer-in-backup',
        ),
        at: fc.option(arb.timestamp, { nil: undefined }),
        requestId: fc.uuid(),
      },
      { noNullPrototype: true },
    );
    return fc.array(fate, { minLength: count, maxLength: count }).map((fates) => {
      const device: Record<string, AnyRecord[]> = {};
      const backup: Record<string, AnyRecord[]> = {};
      let next = 0;
      for (const list of LISTS) {
        device[list] = [];
        backup[list] = [];
        for (const record of base[list] as AnyRecord[]) {
          const { fate, at, requestId } = fates[next++];
          const edited = edit(list, record, at, requestId);
          if (fate !== 'backup') device[list].push(fate === 'newer-on-device' ? edited : record);
          if (fate !== 'device') backup[list].push(fate === 'newer-in-backup' ? edited : record);
        }
      }
      return {
        device: { ...device, settings: deviceSettings } as unknown as Workspace,
        backup: { ...backup, settings: backupSettings } as unknown as Workspace,
      };
    });
  });

const LISTS = ['assessments', 'suppliers', 'submissions'] as const;

/** Another version of a record, changed at `at` (or at the same time as the original). */
function edit(list: string, record: AnyRecord, at: string | undefined, requestId: string) {
  if (list === 'submissions') {
    const r = record as ReceivedSubmission;
    return {
      ...r,
      review: { ...r.review, note: `${r.review.note}!`, updatedAt: at ?? r.review.updatedAt },
    };
  }
  if (list === 'suppliers') {
    const s = record as Supplier;
    const sent = { requestId, setId: 'supplier-guides', setVersion: '2.0.0', sentAt: s.updatedAt };
    return {
      ...s,
      volume: s.volume + 1,
      requests: [...(s.requests ?? []), sent],
      updatedAt: at ?? s.updatedAt,
    };
  }
  const a = record as Assessment;
  return { ...a, step: a.step + 1, updatedAt: at ?? a.updatedAt };
}

function time(list: (typeof LISTS)[number], record: AnyRecord): number {
  return Date.parse(
    list === 'submissions'
      ? (record as ReceivedSubmission).review.updatedAt
      : (record as Assessment | Supplier).updatedAt,
  );
}

function byId(records: readonly AnyRecord[]): Map<string, AnyRecord> {
  return new Map(records.map((r) => [r.id, r]));
}

function withoutRequests(record: AnyRecord): AnyRecord {
  const { requests: _requests, ...rest } = record as Supplier;
  return 'requests' in record ? (rest as AnyRecord) : record;
}

describe('planRestore', () => {
  it('is checked on pairs that hold every kind of duplicate', () => {
    const kept = fc
      .sample(deviceAndBackup, { numRuns: 100, seed: 1 })
      .flatMap(({ device, backup }) => planRestore(device, backup, 'merge').duplicates)
      .map((d) => `${d.kind} ${d.keep}`);
    for (const kind of ['assessment', 'supplier', 'submission']) {
      for (const keep of ['backup', 'device', 'same']) expect(kept).toContain(`${kind} ${keep}`);
    }
  });

  it('replace: leaves exactly the backup', () => {
    fc.assert(
      fc.property(deviceAndBackup, ({ device, backup }) => {
        const result = applyRestorePlan(device, planRestore(device, backup, 'replace'));
        expect(result).toEqual(backup);
      }),
      { numRuns: 60 },
    );
  });

  it('merge: keeps every record of both sides once, the newer copy of each duplicate', () => {
    fc.assert(
      fc.property(deviceAndBackup, ({ device, backup }) => {
        const plan = planRestore(device, backup, 'merge');
        const result = applyRestorePlan(device, plan);
        for (const list of LISTS) {
          const ids = result[list].map((r) => r.id);
          const expected = new Set([...device[list], ...backup[list]].map((r) => r.id));
          expect(new Set(ids).size).withContext(list).toBe(ids.length);
          expect(new Set(ids)).withContext(list).toEqual(expected);
          const mine = byId(device[list]);
          const theirs = byId(backup[list]);
          for (const record of result[list] as AnyRecord[]) {
            const onDevice = mine.get(record.id);
            const inBackup = theirs.get(record.id);
            if (!onDevice || !inBackup) {
              // On one side only: kept untouched, nothing lost.
              expect(record).toEqual((onDevice ?? inBackup)!);
              continue;
            }
            const newer = time(list, inBackup) > time(list, onDevice) ? inBackup : onDevice;
            expect(withoutRequests(record)).toEqual(withoutRequests(newer));
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('merge: says which copy of each duplicate it keeps, and why', () => {
    fc.assert(
      fc.property(deviceAndBackup, ({ device, backup }) => {
        const plan = planRestore(device, backup, 'merge');
        for (const duplicate of plan.duplicates) {
          const list = `${duplicate.kind}s` as (typeof LISTS)[number];
          const onDevice = byId(device[list]).get(duplicate.id)!;
          const inBackup = byId(backup[list]).get(duplicate.id)!;
          const expected =
            JSON.stringify(onDevice) === JSON.stringify(inBackup)
              ? 'same'
              : time(list, inBackup) > time(list, onDevice)
                ? 'backup'
                : 'device';
          expect(duplicate.keep).toBe(expected);
        }
        const both = LISTS.flatMap((list) =>
          device[list].filter((r) => byId(backup[list]).has(r.id)),
        );
        expect(plan.duplicates.length).toBe(both.length);
      }),
      { numRuns: 60 },
    );
  });

  it('merge: keeps every request either copy of a supplier sent', () => {
    fc.assert(
      fc.property(deviceAndBackup, ({ device, backup }) => {
        const result = applyRestorePlan(device, planRestore(device, backup, 'merge'));
        for (const supplier of result.suppliers) {
          const sent = [...device.suppliers, ...backup.suppliers]
            .filter((s) => s.id === supplier.id)
            .flatMap((s) => s.requests ?? [])
            .map((r) => r.requestId);
          const kept = (supplier.requests ?? []).map((r) => r.requestId);
          expect(new Set(kept)).toEqual(new Set(sent));
          expect(new Set(kept).size).toBe(kept.length);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('merge: changes nothing when applied twice, or planned again over its result', () => {
    fc.assert(
      fc.property(deviceAndBackup, ({ device, backup }) => {
        const plan = planRestore(device, backup, 'merge');
        const once = applyRestorePlan(device, plan);
        expect(applyRestorePlan(once, plan)).toEqual(once);
        const again = planRestore(once, backup, 'merge');
        expect(applyRestorePlan(once, again)).toEqual(once);
        expect(again.added).toEqual({ assessments: 0, suppliers: 0, submissions: 0 });
      }),
      { numRuns: 60 },
    );
  });

  it('merge with itself: only identical duplicates, and nothing changes', () => {
    fc.assert(
      fc.property(arb.workspace(4), (workspace) => {
        const plan = planRestore(workspace, structuredClone(workspace), 'merge');
        expect(plan.duplicates.every((d) => d.keep === 'same')).toBeTrue();
        expect(
          plan.put.assessments.length + plan.put.suppliers.length + plan.put.submissions.length,
        ).toBe(0);
        expect(plan.added).toEqual({ assessments: 0, suppliers: 0, submissions: 0 });
        expect(applyRestorePlan(workspace, plan)).toEqual(workspace);
      }),
      { numRuns: 40 },
    );
  });

  it('counts the records the device did not have', () => {
    fc.assert(
      fc.property(
        deviceAndBackup,
        fc.constantFrom('merge' as const, 'replace' as const),
        ({ device, backup }, mode) => {
          const plan = planRestore(device, backup, mode);
          for (const list of LISTS) {
            const mine = byId(device[list]);
            expect(plan.added[list]).toBe(backup[list].filter((r) => !mine.has(r.id)).length);
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('planRestore, by example', () => {
  const supplier: Supplier = {
    id: 's1',
    name: 'Coral Guides',
    category: 'guides',
    country: 'Kenya',
    locality: 'Diani',
    volume: 10,
    clauseStatus: 'sent',
    contact: '',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-02-01T00:00:00.000Z',
  };
  const request = (requestId: string) => ({
    requestId,
    setId: 'supplier-guides',
    setVersion: '2.0.0',
    sentAt: '2026-02-01T00:00:00.000Z',
  });

  it('keeps the newer supplier, with the requests sent from the older copy', () => {
    const device = {
      ...EMPTY_WORKSPACE,
      suppliers: [{ ...supplier, requests: [request('r-new')] }],
    };
    const backup = {
      ...EMPTY_WORKSPACE,
      suppliers: [
        {
          ...supplier,
          volume: 99,
          updatedAt: '2026-03-01T00:00:00.000Z',
          requests: [request('r-old')],
        },
      ],
    };
    const plan = planRestore(device, backup, 'merge');
    expect(plan.duplicates).toEqual([
      {
        kind: 'supplier',
        id: 's1',
        name: 'Coral Guides',
        keep: 'backup',
        backupUpdatedAt: '2026-03-01T00:00:00.000Z',
        deviceUpdatedAt: '2026-02-01T00:00:00.000Z',
      },
    ]);
    const [kept] = applyRestorePlan(device, plan).suppliers;
    expect(kept.volume).toBe(99);
    expect(kept.requests?.map((r) => r.requestId)).toEqual(['r-old', 'r-new']);
  });

  it('puts a device supplier back when only the backup knows one of its requests', () => {
    const device = { ...EMPTY_WORKSPACE, suppliers: [{ ...supplier, volume: 5 }] };
    const backup = {
      ...EMPTY_WORKSPACE,
      suppliers: [
        { ...supplier, updatedAt: '2025-01-01T00:00:00.000Z', requests: [request('r1')] },
      ],
    };
    const plan = planRestore(device, backup, 'merge');
    expect(plan.duplicates[0].keep).toBe('device');
    expect(plan.put.suppliers).toEqual([{ ...supplier, volume: 5, requests: [request('r1')] }]);
  });

  it('keeps the device copy of a submission whose review changed at the same time', () => {
    const received = fc.sample(arb.submission, { numRuns: 1, seed: 7 })[0];
    const device = { ...EMPTY_WORKSPACE, submissions: [received] };
    const backup = {
      ...EMPTY_WORKSPACE,
      submissions: [{ ...received, review: { ...received.review, note: 'other' } }],
    };
    const plan = planRestore(device, backup, 'merge');
    expect(plan.duplicates[0].keep).toBe('device');
    expect(plan.duplicates[0].name).toBe(received.submission.profile.name);
    expect(applyRestorePlan(device, plan)).toEqual(device);
  });

  it("names an assessment by its business name, or else by its supplier's", () => {
    const base: Assessment = {
      id: 'a1',
      setId: 'supplier-guides',
      setVersion: '2.0.0',
      answers: {},
      plan: {},
      step: 0,
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      supplier: { supplierId: 's1', answeredBy: 'operator' },
    };
    const named = { ...base, id: 'a2', answers: { businessName: ' Reef Walks ' } };
    const device = { ...EMPTY_WORKSPACE, assessments: [base, named], suppliers: [supplier] };
    const backup = {
      ...EMPTY_WORKSPACE,
      assessments: [
        { ...base, step: 1 },
        { ...named, step: 1 },
      ],
    };
    const names = planRestore(device, backup, 'merge').duplicates.map((d) => d.name);
    expect(names).toEqual(['Coral Guides', 'Reef Walks']);
  });

  it("merges settings: the device's names stay, the backup's fill the empty ones", () => {
    const device = { ...EMPTY_WORKSPACE, settings: { reviewerName: 'Ann', operatorName: ' ' } };
    const backup = { ...EMPTY_WORKSPACE, settings: { reviewerName: 'Bob', operatorName: 'Tours' } };
    expect(planRestore(device, backup, 'merge').put.settings).toEqual({
      reviewerName: 'Ann',
      operatorName: 'Tours',
    });
    expect(planRestore(device, backup, 'replace').put.settings).toEqual(backup.settings);
  });

  it('replace: removes what the backup lacks and lists what it overwrites', () => {
    const other = { ...supplier, id: 's2' };
    const device = { ...EMPTY_WORKSPACE, suppliers: [supplier, other] };
    const backup = {
      ...EMPTY_WORKSPACE,
      suppliers: [{ ...supplier, updatedAt: '2020-01-01T00:00:00.000Z' }],
    };
    const plan = planRestore(device, backup, 'replace');
    expect(plan.remove.suppliers).toEqual(['s2']);
    expect(plan.duplicates.map((d) => d.keep)).toEqual(['backup']);
    expect(plan.added.suppliers).toBe(0);
  });
});
