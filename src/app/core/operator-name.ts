import { Injectable } from '@angular/core';

const KEY = 'haven.operator-name';

/** The tour operator's own name as it appears on questionnaire requests, remembered on this device. */
@Injectable({ providedIn: 'root' })
export class OperatorName {
  get(): string {
    try {
      return localStorage.getItem(KEY) ?? '';
    } catch {
      return '';
    }
  }

  set(name: string): void {
    try {
      localStorage.setItem(KEY, name);
    } catch {
      // Storage blocked: the user types the name again next time.
    }
  }
}
