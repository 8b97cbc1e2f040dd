import { Injectable, OnDestroy } from '@angular/core';
import { Observable, Subject } from 'rxjs';

import { StoreName } from './haven-database';

/** What one tab tells the others after a write: which store, and which record when it is one. */
export interface StorageChange {
  readonly store: StoreName;
  /** The record written or deleted; absent when many changed at once (an import, a restore). */
  readonly id?: string;
}

const CHANNEL = 'haven-storage';

/**
 * Tells Haven's other tabs and windows on this device what this one wrote, so an assessment open
 * in two tabs shows the edits of both within a moment. Only ids cross: each tab reads the record
 * itself from IndexedDB.
 */
@Injectable({ providedIn: 'root' })
export class StorageChanges implements OnDestroy {
  private readonly channel =
    typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel(CHANNEL);
  private readonly received = new Subject<StorageChange>();
  /** Changes written by other tabs (never this tab's own). */
  readonly elsewhere$: Observable<StorageChange> = this.received.asObservable();

  constructor() {
    if (this.channel) {
      this.channel.onmessage = (event: MessageEvent<unknown>) => {
        const change = asChange(event.data);
        if (change) this.received.next(change);
      };
    }
  }

  announce(change: StorageChange): void {
    this.channel?.postMessage(change);
  }

  ngOnDestroy(): void {
    this.channel?.close();
  }
}

const STORES: readonly StoreName[] = ['assessments', 'suppliers', 'submissions', 'settings'];

/** Only Haven's tabs post here, but check the shape rather than trust it. */
function asChange(data: unknown): StorageChange | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const { store, id } = data as Record<string, unknown>;
  if (!STORES.includes(store as StoreName)) return undefined;
  if (id !== undefined && typeof id !== 'string') return undefined;
  return id === undefined ? { store: store as StoreName } : { store: store as StoreName, id };
}
