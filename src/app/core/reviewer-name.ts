import { Injectable } from '@angular/core';

import { RememberedText } from './remembered-text';

/** The reviewer's name on review letters and responses. There are no accounts: it is a setting. */
@Injectable({ providedIn: 'root' })
export class ReviewerName extends RememberedText {
  protected readonly key = 'haven.reviewer-name';
}
