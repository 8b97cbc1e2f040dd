import { Actions } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import { firstValueFrom, of, Subject, take, toArray } from 'rxjs';

import { AssessmentRepository } from '../../../core/storage/assessment-repository';
import { FileTransfer } from '../../../core/file-transfer';
import { NEVER_URGENT } from '../../../core/pause-per-key';
import { Assessment } from '../../../domain/assessment/assessment';
import { assessmentFileText } from '../../../domain/assessment/assessment-file';
import { newAssessment } from '../../../domain/assessment/new-assessment';
import { SUPPLIER_SETS } from '../../../domain/questionnaire/sets/supplier-sets';
import { requestFileText } from '../../../domain/suppliers/questionnaire-exchange';
import { ACCOMMODATION } from '../../../domain/questionnaire/sets/accommodation';
import {
  FileActions,
  HomePageActions,
  StorageActions,
  WizardPageActions,
} from './assessment.actions';
import {
  importAssessment,
  loadAssessments,
  saveAssessment,
  saveBeforeHide,
} from './assessment.effects';

const STORED: Assessment = newAssessment(ACCOMMODATION, 'a1', '2026-11-01T10:00:00.000Z');

function storeWith(...assessments: Assessment[]): Store {
  const entities = Object.fromEntries(assessments.map((a) => [a.id, a]));
  return { select: () => of(entities) } as unknown as Store;
}

function fakeDb(
  overrides: Partial<AssessmentRepository> = {},
): jasmine.SpyObj<AssessmentRepository> {
  const db = jasmine.createSpyObj<AssessmentRepository>('AssessmentRepository', [
    'all',
    'put',
    'delete',
    'stash',
  ]);
  db.put.and.callFake(async (assessment) => assessment);
  db.all.and.resolveTo([STORED]);
  return Object.assign(db, overrides);
}

const files = { read: (file: Blob) => file.text() } as FileTransfer;

describe('assessment effects', () => {
  it('loads the stored assessments at start', async () => {
    const actions$ = of({ type: '@ngrx/effects/init' }) as Actions;
    const action = await firstValueFrom(loadAssessments(actions$, fakeDb()));
    expect(action).toEqual(StorageActions.assessmentsLoaded({ assessments: [STORED] }));
  });

  it('brings an assessment of an earlier questionnaire to the current one, writes it, and says what must be answered again', async () => {
    const old: Assessment = {
      ...STORED,
      id: 'old',
      setVersion: '1.0.0',
      answers: { businessName: 'Harbour Inn', selfCheckIn: 'yes', size: 'small' },
    };
    const db = fakeDb();
    db.putMany = jasmine.createSpy('putMany').and.resolveTo();
    db.all.and.resolveTo([old, STORED]);
    const actions$ = of({ type: '@ngrx/effects/init' }) as Actions;
    const [loaded, reopened] = await firstValueFrom(
      loadAssessments(actions$, db).pipe(take(2), toArray()),
    );
    const migrated = (loaded as ReturnType<typeof StorageActions.assessmentsLoaded>).assessments[0];
    expect(migrated.setVersion).not.toBe('1.0.0');
    expect(migrated.answers['selfCheckIn']).toBeUndefined();
    expect(db.putMany).toHaveBeenCalledOnceWith([migrated]);
    expect(reopened).toEqual(
      StorageActions.answersReopened({ reopened: [{ name: 'Harbour Inn', count: 1 }] }),
    );
  });

  it('reports a storage failure at start instead of failing silently', async () => {
    const db = fakeDb();
    db.all.and.rejectWith(new Error('blocked'));
    const actions$ = of({ type: '@ngrx/effects/init' }) as Actions;
    expect(await firstValueFrom(loadAssessments(actions$, db))).toEqual(
      StorageActions.loadFailed({ message: 'blocked' }),
    );
  });

  describe('saving', () => {
    // RxJS reads Date.now() to time the debounce, so the date must move with the clock.
    beforeEach(() => jasmine.clock().install().mockDate(new Date('2026-11-23T10:00:00Z')));
    afterEach(() => jasmine.clock().uninstall());

    it('writes an assessment once its changes pause, not on every change', async () => {
      const db = fakeDb();
      const actions$ = new Subject<ReturnType<typeof WizardPageActions.answersChanged>>();
      const saved: unknown[] = [];
      saveAssessment(
        actions$ as unknown as Actions,
        storeWith(STORED),
        db,
        400,
        NEVER_URGENT,
      ).subscribe((a) => saved.push(a));
      actions$.next(WizardPageActions.answersChanged({ id: 'a1', answers: { hasBar: 'yes' } }));
      jasmine.clock().tick(300);
      actions$.next(WizardPageActions.answersChanged({ id: 'a1', answers: { hasSpa: 'no' } }));
      jasmine.clock().tick(300);
      expect(db.put).not.toHaveBeenCalled();
      jasmine.clock().tick(100);
      expect(db.put).toHaveBeenCalledOnceWith(STORED);
      await Promise.resolve();
      expect(saved).toEqual([StorageActions.assessmentSaved({ id: 'a1' })]);
    });
    it('writes an imported assessment at once when the page is hidden, with a copy', () => {
      // A reload a moment after an import must not lose the file just imported.
      const db = fakeDb();
      const actions$ = new Subject<ReturnType<typeof FileActions.imported>>();
      const hiding = new Subject<void>();
      let hidden = false;
      saveAssessment(actions$ as unknown as Actions, storeWith(STORED), db, 400, {
        now$: hiding,
        isNow: () => hidden,
      }).subscribe();
      actions$.next(FileActions.imported({ assessment: STORED, isCopy: false }));
      jasmine.clock().tick(100);
      expect(db.put).not.toHaveBeenCalled();
      hidden = true;
      hiding.next();
      expect(db.stash).toHaveBeenCalledOnceWith(STORED);
      expect(db.put).toHaveBeenCalledOnceWith(STORED);
    });

    it('keeps a synchronous copy while the write is in flight (an unload may abort it)', () => {
      const db = fakeDb();
      const actions$ = new Subject<ReturnType<typeof FileActions.imported>>();
      saveAssessment(actions$ as unknown as Actions, storeWith(STORED), db, 100, {
        now$: new Subject<void>(),
        isNow: () => false,
      }).subscribe();
      actions$.next(FileActions.imported({ assessment: STORED, isCopy: false }));
      jasmine.clock().tick(100);
      expect(db.stash).toHaveBeenCalledOnceWith(STORED);
      expect(db.put).toHaveBeenCalledOnceWith(STORED);
    });

    it('does not wait at all while the page is hidden', () => {
      const db = fakeDb();
      const actions$ = new Subject<ReturnType<typeof WizardPageActions.stepChanged>>();
      saveAssessment(actions$ as unknown as Actions, storeWith(STORED), db, 400, {
        now$: new Subject<void>(),
        isNow: () => true,
      }).subscribe();
      actions$.next(WizardPageActions.stepChanged({ id: 'a1', step: 2 }));
      expect(db.put).toHaveBeenCalledOnceWith(STORED);
    });
  });

  it('stashes and writes at once when the page is hidden', async () => {
    const db = fakeDb();
    const actions$ = of(WizardPageActions.pageHidden({ id: 'a1', answers: {} })) as Actions;
    const action = await firstValueFrom(saveBeforeHide(actions$, storeWith(STORED), db));
    expect(db.stash).toHaveBeenCalledWith(STORED);
    expect(db.put).toHaveBeenCalledWith(STORED);
    expect(action).toEqual(StorageActions.assessmentSaved({ id: 'a1' }));
  });

  it('says saved only once the write has completed, never while it is in flight', async () => {
    const db = fakeDb();
    let complete!: (stored: Assessment) => void;
    db.put.and.returnValue(new Promise<Assessment>((resolve) => (complete = resolve)));
    const actions$ = of(WizardPageActions.pageHidden({ id: 'a1', answers: {} })) as Actions;
    const emitted: unknown[] = [];
    saveBeforeHide(actions$, storeWith(STORED), db).subscribe((action) => emitted.push(action));
    await Promise.resolve();
    expect(emitted).toEqual([]);
    complete(STORED);
    await new Promise((resolve) => setTimeout(resolve));
    expect(emitted).toEqual([StorageActions.assessmentSaved({ id: 'a1' })]);
  });

  it('reports a failed write', async () => {
    const db = fakeDb();
    db.put.and.rejectWith(new Error('disk I/O error'));
    const actions$ = of(WizardPageActions.pageHidden({ id: 'a1', answers: {} })) as Actions;
    const action = await firstValueFrom(saveBeforeHide(actions$, storeWith(STORED), db));
    expect(action).toEqual(StorageActions.saveFailed({ message: 'disk I/O error', isFull: false }));
  });

  it('reports a full device as such, so the app turns read-only', async () => {
    const db = fakeDb();
    db.put.and.rejectWith(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    const actions$ = of(WizardPageActions.pageHidden({ id: 'a1', answers: {} })) as Actions;
    const action = await firstValueFrom(saveBeforeHide(actions$, storeWith(STORED), db));
    expect(action).toEqual(
      StorageActions.saveFailed({ message: 'The quota has been exceeded.', isFull: true }),
    );
  });

  it('takes in what another tab wrote meanwhile, then says saved', async () => {
    const db = fakeDb();
    const merged = { ...STORED, answers: { ...STORED.answers, fromOtherTab: 'yes' } };
    db.put.and.resolveTo(merged);
    const actions$ = of(WizardPageActions.pageHidden({ id: 'a1', answers: {} })) as Actions;
    const actions = await firstValueFrom(
      saveBeforeHide(actions$, storeWith(STORED), db).pipe(take(2), toArray()),
    );
    expect(actions).toEqual([
      StorageActions.changedElsewhere({ id: 'a1', stored: merged, base: STORED }),
      StorageActions.assessmentSaved({ id: 'a1' }),
    ]);
  });

  describe('importing', () => {
    const fileOf = (text: string, name = 'a.json') =>
      new File([text], name, { type: 'application/json' });
    const run = (file: File, store = storeWith()) =>
      firstValueFrom(
        importAssessment(of(HomePageActions.importFileChosen({ file })) as Actions, store, files),
      );

    it('imports a valid file', async () => {
      const action = await run(fileOf(assessmentFileText(STORED, '2026-11-02T00:00:00.000Z')));
      expect(action).toEqual(FileActions.imported({ assessment: STORED, isCopy: false }));
    });

    it('recognises the same file opened twice instead of copying it', async () => {
      const action = await run(
        fileOf(assessmentFileText(STORED, '2026-11-02T00:00:00.000Z'), 'hotel.json'),
        storeWith(STORED),
      );
      expect(action).toEqual(FileActions.alreadyHere({ fileName: 'hotel.json' }));
    });

    describe('a questionnaire request', () => {
      const request = requestFileText({
        requestId: 'req-1',
        createdAt: '2026-11-20T09:00:00.000Z',
        operatorName: 'Coast Tours',
        supplier: {
          id: 'sup-1',
          name: 'Lagoon Boats',
          category: 'ground-transport',
          country: 'Kenya',
          locality: 'Kilifi',
        },
        questionnaire: {
          id: SUPPLIER_SETS['ground-transport'].id,
          version: SUPPLIER_SETS['ground-transport'].version,
        },
      });

      it('opened the first time starts the answers', async () => {
        const action = await run(fileOf(request));
        expect(action.type).toBe(FileActions.requestOpened.type);
      });

      it('opened again goes back to the answers already started, not a second copy', async () => {
        const started = {
          ...STORED,
          id: 'answering',
          request: { requestId: 'req-1', supplierId: 'sup-1', operatorName: 'Coast Tours' },
        };
        const action = await run(fileOf(request), storeWith(started));
        expect(action).toEqual(FileActions.requestAlreadyOpen({ id: 'answering' }));
      });
    });

    it('imports an assessment the device holds in another state as a copy with a new id', async () => {
      const action = await run(
        fileOf(assessmentFileText(STORED, '2026-11-02T00:00:00.000Z')),
        storeWith({ ...STORED, step: 3, updatedAt: '2026-11-03T00:00:00.000Z' }),
      );
      expect(action.type).toBe(FileActions.imported.type);
      const imported = action as ReturnType<typeof FileActions.imported>;
      expect(imported.isCopy).toBeTrue();
      expect(imported.assessment.id).not.toBe('a1');
      expect(imported.assessment.answers).toEqual(STORED.answers);
    });

    it('refuses a file that is not JSON, naming the file', async () => {
      expect(await run(fileOf('hello', 'notes.txt'))).toEqual(
        FileActions.importFailed({ fileName: 'notes.txt', problem: { code: 'not-json' } }),
      );
    });

    it('refuses a file over 5 MB without reading it', async () => {
      const big = new File([new Uint8Array(5 * 1024 * 1024 + 1)], 'big.json');
      const readSpy = spyOn(files, 'read').and.callThrough();
      expect(await run(big)).toEqual(
        FileActions.importFailed({ fileName: 'big.json', problem: { code: 'too-large' } }),
      );
      expect(readSpy).not.toHaveBeenCalled();
    });
  });

  it('saves different assessments independently', async () => {
    const other = { ...STORED, id: 'b2' };
    const db = fakeDb();
    const actions$ = of(
      WizardPageActions.stepChanged({ id: 'a1', step: 1 }),
      WizardPageActions.stepChanged({ id: 'b2', step: 2 }),
    ) as Actions;
    const saved = await firstValueFrom(
      saveAssessment(actions$, storeWith(STORED, other), db, 0, NEVER_URGENT).pipe(
        take(2),
        toArray(),
      ),
    );
    expect(saved.length).toBe(2);
    expect(
      db.put.calls
        .allArgs()
        .map(([a]) => a.id)
        .sort(),
    ).toEqual(['a1', 'b2']);
  });
});
