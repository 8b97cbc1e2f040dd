import { Actions } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import { firstValueFrom, of } from 'rxjs';

import { FileTransfer } from '../core/file-transfer';
import { readUntrusted } from '../core/file-reading/untrusted-request';
import { UntrustedFiles } from '../core/file-reading/untrusted-files';
import { WorkspaceRepository } from '../core/storage/workspace-repository';
import { assessmentFileText } from '../domain/assessment/assessment-file';
import { backupDigestInput, writeBackup } from '../domain/backup/backup-file';
import { sampleWorkspace } from '../domain/backup/sample-workspace';
import { Supplier } from '../domain/suppliers/supplier';
import { hostileJsonCases } from '../domain/testing/hostile-files';
import { digestOf } from '../domain/review/testing-submissions';
import { newAssessment } from '../domain/assessment/new-assessment';
import { ACCOMMODATION } from '../domain/questionnaire/sets/accommodation';
import { WORKED_EXAMPLE_HOTEL } from '../domain/testing/sample-answers';
import { HomePageActions, StorageActions } from './assessments/state/assessment.actions';
import { importAssessment } from './assessments/state/assessment.effects';
import { assessmentsFeature } from './assessments/state/assessment.feature';
import { BackupPageActions } from './settings/state/backup.actions';
import { previewRestore } from './settings/state/backup.effects';
import { SupplierStorageActions, SuppliersPageActions } from './suppliers/state/supplier.actions';
import { readCsv } from './suppliers/state/supplier.effects';
import { suppliersFeature } from './suppliers/state/supplier.feature';

// A refused file leaves what is stored exactly as it was: each hostile file goes through the
// import effect the user's click starts, and its outcome through the reducer.

const files = { read: (file: Blob) => file.text() } as FileTransfer;
const onPage = { read: async (request) => readUntrusted(request) } as UntrustedFiles;
const fileOf = (text: string, name: string) => new File([text], name);
/** Hundreds of files through effects: seconds on a quiet machine, far more on a busy one. */
const SLOW = 120_000;

describe('a refused import leaves the stored records byte for byte as they were', () => {
  it(
    'assessment files',
    async () => {
      const held = {
        ...newAssessment(ACCOMMODATION, 'held', '2026-11-01T10:00:00.000Z'),
        answers: { businessName: 'Harbour View Hotel' },
      };
      const state = assessmentsFeature.reducer(
        undefined,
        StorageActions.assessmentsLoaded({ assessments: [held] }),
      );
      const store = { select: () => of(state.entities) } as unknown as Store;
      const before = JSON.stringify(state);
      const valid = assessmentFileText(
        {
          ...newAssessment(ACCOMMODATION, 'incoming', '2026-11-02T10:00:00.000Z'),
          answers: WORKED_EXAMPLE_HOTEL,
        },
        '2026-11-02T10:00:00.000Z',
      );
      const cases = hostileJsonCases(valid, {}, ['assessment', 'answers', 'businessName']);
      let refused = 0;
      for (const hostile of cases) {
        const action = await firstValueFrom(
          importAssessment(
            of(
              HomePageActions.importFileChosen({ file: fileOf(hostile.text, 'x.json') }),
            ) as Actions,
            store,
            files,
          ),
        );
        if (!action.type.includes('Import Failed')) continue;
        refused++;
        const after = assessmentsFeature.reducer(state, action);
        expect(JSON.stringify(after)).withContext(hostile.name).toBe(before);
      }
      expect(refused).toBeGreaterThanOrEqual(200);
    },
    SLOW,
  );

  it(
    'supplier CSVs',
    async () => {
      const supplier: Supplier = {
        id: 's1',
        name: 'Lagoon Boats',
        category: 'ground-transport',
        country: 'Kenya',
        locality: 'Kilifi',
        volume: 300,
        clauseStatus: 'signed',
        contact: 'desk',
        createdAt: '2026-11-01T10:00:00.000Z',
        updatedAt: '2026-11-01T10:00:00.000Z',
      };
      const state = suppliersFeature.reducer(
        undefined,
        SupplierStorageActions.suppliersLoaded({ suppliers: [supplier] }),
      );
      const store = { select: () => of([supplier]) } as unknown as Store;
      const header = 'name,category,country,locality,volume,clause_status,contact';
      const texts = [
        '',
        'a;b;c\n1;2;3',
        `${header}\n"Open quote,guides,Peru`,
        `name,country\nHotel,Peru`,
        `${header}\n${'x,guides,Peru\n'.repeat(10_001)}`,
        '{"format":"haven-assessment"}',
        '%PDF-1.7 binary',
      ];
      for (const text of texts) {
        const action = await firstValueFrom(
          readCsv(
            of(SuppliersPageActions.csvFileChosen({ file: fileOf(text, 'x.csv') })) as Actions,
            store,
            files,
            onPage,
          ),
        );
        const after = suppliersFeature.reducer(state, action);
        expect(JSON.stringify(after.entities))
          .withContext(text.slice(0, 40))
          .toBe(JSON.stringify(state.entities));
        expect(after.ids).toEqual(state.ids);
      }
    },
    SLOW,
  );

  it(
    'backups: nothing is read from the device to write, and nothing is written',
    async () => {
      const workspace = await sampleWorkspace();
      const valid = writeBackup(
        workspace,
        '2026-11-20T10:00:00.000Z',
        await digestOf(backupDigestInput(workspace)),
      );
      const repository = jasmine.createSpyObj<WorkspaceRepository>('WorkspaceRepository', [
        'read',
        'restore',
      ]);
      repository.read.and.resolveTo(workspace);
      const cases = hostileJsonCases(valid, {}, ['workspace', 'settings', 'reviewerName']);
      let refused = 0;
      for (const hostile of cases.slice(0, 400)) {
        const action = await firstValueFrom(
          previewRestore(
            of(
              BackupPageActions.restoreFileChosen({ file: fileOf(hostile.text, 'b.json') }),
            ) as Actions,
            repository,
            files,
            onPage,
          ),
        );
        if (action.type.includes('Restore Refused')) refused++;
      }
      expect(refused).toBeGreaterThanOrEqual(200);
      expect(repository.restore).not.toHaveBeenCalled();
    },
    SLOW,
  );
});
