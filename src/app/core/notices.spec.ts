import { TestBed } from '@angular/core/testing';
import { MatSnackBar, MatSnackBarRef, TextOnlySnackBar } from '@angular/material/snack-bar';

import { Notices } from './notices';

describe('Notices', () => {
  let open: jasmine.Spy;

  beforeEach(() => {
    open = spyOn(TestBed.inject(MatSnackBar), 'open').and.returnValue(
      {} as MatSnackBarRef<TextOnlySnackBar>,
    );
  });

  it('shows a message in the snack bar, for longer when it is long', async () => {
    const notices = TestBed.inject(Notices);
    await notices.show('Assessment imported.', 'OK');
    await notices.show('x'.repeat(61), 'OK');
    expect(open.calls.allArgs()).toEqual([
      ['Assessment imported.', 'OK', { duration: 5_000 }],
      ['x'.repeat(61), 'OK', { duration: 12_000 }],
    ]);
  });

  it('keeps a notice until the user acts on it when asked to stay', async () => {
    await TestBed.inject(Notices).show('A new version of Haven is ready.', 'Reload', 'stay');
    expect(open).toHaveBeenCalledOnceWith('A new version of Haven is ready.', 'Reload', {
      duration: undefined,
    });
  });
});
