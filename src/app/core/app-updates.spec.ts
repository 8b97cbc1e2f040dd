import { DOCUMENT } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { SwUpdate, VersionEvent } from '@angular/service-worker';
import { Subject } from 'rxjs';

import { offerUpdates } from './app-updates';
import { Notices } from './notices';

describe('offerUpdates', () => {
  let versionUpdates: Subject<VersionEvent>;
  let unrecoverable: Subject<{ type: 'UNRECOVERABLE_STATE'; reason: string }>;
  let action: Subject<void>;
  let show: jasmine.Spy;
  let reload: jasmine.Spy;

  function start(isEnabled = true) {
    versionUpdates = new Subject();
    unrecoverable = new Subject();
    action = new Subject();
    show = jasmine.createSpy('show').and.resolveTo({ onAction: () => action });
    reload = jasmine.createSpy('reload');
    TestBed.configureTestingModule({
      providers: [
        { provide: SwUpdate, useValue: { isEnabled, versionUpdates, unrecoverable } },
        { provide: Notices, useValue: { show } },
        { provide: DOCUMENT, useValue: { location: { reload } } },
      ],
    });
    TestBed.runInInjectionContext(offerUpdates);
  }

  const ready: VersionEvent = {
    type: 'VERSION_READY',
    currentVersion: { hash: 'a' },
    latestVersion: { hash: 'b' },
  };

  it('says a new version is ready and reloads only when the user says so', async () => {
    start();
    versionUpdates.next({ type: 'VERSION_DETECTED', version: { hash: 'b' } });
    expect(show).not.toHaveBeenCalled();
    versionUpdates.next(ready);
    await show.calls.mostRecent().returnValue;
    expect(show).toHaveBeenCalledOnceWith('A new version of Haven is ready.', 'Reload', 'stay');
    expect(reload).not.toHaveBeenCalled();
    action.next();
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('asks for a reload when the saved copy cannot be repaired', async () => {
    start();
    unrecoverable.next({ type: 'UNRECOVERABLE_STATE', reason: 'files gone' });
    await show.calls.mostRecent().returnValue;
    expect(show.calls.mostRecent().args[0]).toContain('Reload while online to repair it');
    expect(show.calls.mostRecent().args[2]).toBe('stay');
  });

  it('does nothing where there is no service worker (development, old browsers)', () => {
    start(false);
    versionUpdates.next(ready);
    expect(show).not.toHaveBeenCalled();
  });
});
