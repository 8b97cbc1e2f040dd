import { DOCUMENT, inject, Injectable } from '@angular/core';

/** Saves files to the user's device and reads the files they pick. */
@Injectable({ providedIn: 'root' })
export class FileTransfer {
  private readonly document = inject(DOCUMENT);

  download(content: Blob, fileName: string): void {
    const url = URL.createObjectURL(content);
    const link = this.document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.rel = 'noopener';
    this.document.body.appendChild(link);
    link.click();
    link.remove();
    // Give the browser time to start the download before the URL goes.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  read(file: Blob): Promise<string> {
    return file.text();
  }
}

/** A file name from a business name: letters, digits and dashes only, so every system accepts it. */
export function fileNameFor(name: string, suffix: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
    .slice(0, 60);
  return `${slug || 'assessment'}-${suffix}`;
}
