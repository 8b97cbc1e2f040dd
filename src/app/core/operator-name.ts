import { Injectable } from '@angular/core';

import { RememberedText } from './remembered-text';

/** The tour operator's own name as it appears on questionnaire requests. */
@Injectable({ providedIn: 'root' })
export class OperatorName extends RememberedText {
  protected readonly key = 'haven.operator-name';
}
