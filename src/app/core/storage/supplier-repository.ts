import { inject, Injectable } from '@angular/core';

import { Supplier } from '../../domain/suppliers/supplier';
import { HavenDatabase } from './haven-database';
import { StorageChanges } from './storage-changes';

/** A tour operator's supplier register on this device. */
@Injectable({ providedIn: 'root' })
export class SupplierRepository {
  private readonly database = inject(HavenDatabase);
  private readonly changes = inject(StorageChanges);

  async all(): Promise<Supplier[]> {
    return (await this.database.open()).getAll('suppliers');
  }

  /** Writes many suppliers in one transaction: all of a CSV import lands, or none of it. */
  async putMany(suppliers: readonly Supplier[]): Promise<void> {
    const tx = (await this.database.open()).transaction('suppliers', 'readwrite');
    await Promise.all([...suppliers.map((s) => tx.store.put(s)), tx.done]);
    this.changes.announce({ store: 'suppliers' });
  }

  async delete(id: string): Promise<void> {
    await (await this.database.open()).delete('suppliers', id);
    this.changes.announce({ store: 'suppliers', id });
  }
}
