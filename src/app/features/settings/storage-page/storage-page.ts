import { Component, inject, LOCALE_ID, OnInit, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIcon } from '@angular/material/icon';

import { DeviceStorage, StorageReport } from '../../../core/device-storage';
import { LoadingIndicator } from '../../../shared/ui/loading-indicator/loading-indicator';
import { BackupPanel } from '../backup-panel/backup-panel';

/**
 * Where Haven's data lives and whether the browser keeps it: asked for at the first saved answer,
 * asked again from here. Everything is on this device, so the page says what would lose it.
 */
@Component({
  selector: 'app-storage-page',
  templateUrl: './storage-page.html',
  styleUrl: './storage-page.scss',
  imports: [MatButton, MatCardModule, MatIcon, LoadingIndicator, BackupPanel],
})
export class StoragePage implements OnInit {
  private readonly storage = inject(DeviceStorage);
  private readonly locale = inject(LOCALE_ID);
  protected readonly report = signal<StorageReport | undefined>(undefined);
  /** Set when the user asked and the browser still said no. */
  protected readonly refused = signal(false);

  async ngOnInit(): Promise<void> {
    this.report.set(await this.storage.report());
  }

  protected async ask(): Promise<void> {
    const kept = await this.storage.persist();
    this.refused.set(!kept);
    this.report.set(await this.storage.report());
  }

  /** A size in kB, MB or GB, written the way the user's language writes numbers. */
  protected size(bytes: number): string {
    const [unit, divisor] =
      bytes >= 1e9 ? ['gigabyte', 1e9] : bytes >= 1e6 ? ['megabyte', 1e6] : ['kilobyte', 1e3];
    return new Intl.NumberFormat(this.locale, {
      style: 'unit',
      unit,
      unitDisplay: 'short',
      maximumFractionDigits: bytes >= 1e6 ? 1 : 0,
    }).format(bytes / divisor);
  }
}
