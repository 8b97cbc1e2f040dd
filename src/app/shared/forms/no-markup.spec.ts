import { FormControl } from '@angular/forms';

import { noMarkup } from './no-markup';

describe('noMarkup', () => {
  const check = (value: string) => noMarkup(new FormControl(value, { nonNullable: true }));

  it('refuses text that Haven would refuse in a file', () => {
    for (const value of ['<b>Bar</b>', 'Hotel </span>', '<!-- x', 'javascript:alert(1)']) {
      expect(check(value)).withContext(value).toEqual({ markup: true });
    }
  });

  it('lets ordinary names through, "<" and all', () => {
    for (const value of ['', 'Café "Le Port", Bar', 'Rooms < 10', 'A&B Tours', '<3 Hostel']) {
      expect(check(value)).withContext(value).toBeNull();
    }
  });
});
