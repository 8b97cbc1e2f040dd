import { Injectable } from '@angular/core';

import type { UntrustedRequest, UntrustedResult } from './untrusted-request';

/**
 * Reads big untrusted files in a web worker, so parsing a 50 MB backup or a 10,000-row CSV never
 * freezes the page (a phone would stop scrolling and answering taps for seconds). Where a worker
 * cannot start, the same code runs on the page: slower to feel, never a different answer.
 */
@Injectable({ providedIn: 'root' })
export class UntrustedFiles {
  read<R extends UntrustedRequest>(request: R): Promise<UntrustedResult<R>> {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./untrusted-files.worker', import.meta.url), {
        type: 'module',
      });
    } catch {
      return this.onPage(request);
    }
    return new Promise<UntrustedResult<R>>((resolve) => {
      worker.onmessage = ({ data }: MessageEvent<UntrustedResult<R>>) => {
        worker.terminate();
        resolve(data);
      };
      // A worker that fails to load (blocked, offline before it was cached) is not the file's
      // fault: read it on the page instead.
      worker.onerror = (event) => {
        event.preventDefault();
        worker.terminate();
        resolve(this.onPage(request));
      };
      worker.postMessage(request);
    });
  }

  private async onPage<R extends UntrustedRequest>(request: R): Promise<UntrustedResult<R>> {
    const { readUntrusted } = await import('./untrusted-request');
    return readUntrusted(request) as UntrustedResult<R>;
  }
}
