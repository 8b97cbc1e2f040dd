import { parseBackupFile } from '../../domain/backup/backup-file';
import { readSupplierCsv } from '../../domain/suppliers/supplier-csv';
import { Supplier } from '../../domain/suppliers/supplier';

/** What the page asks the file worker to read. */
export type UntrustedRequest =
  | {
      readonly kind: 'supplier-csv';
      readonly text: string;
      readonly existing: readonly Pick<Supplier, 'name' | 'locality'>[];
    }
  | { readonly kind: 'backup'; readonly text: string };

export type UntrustedResult<R extends UntrustedRequest> = R extends { kind: 'supplier-csv' }
  ? ReturnType<typeof readSupplierCsv>
  : ReturnType<typeof parseBackupFile>;

/** The same domain functions, wherever they run: in the worker, or on the page without one. */
export function readUntrusted(request: UntrustedRequest) {
  switch (request.kind) {
    case 'supplier-csv':
      return readSupplierCsv(request.text, request.existing);
    case 'backup':
      return parseBackupFile(request.text);
  }
}
