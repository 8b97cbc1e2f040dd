import { Route } from '@angular/router';
import { of } from 'rxjs';

import { PRELOAD, PreloadNextSteps } from './preload-next-steps';

describe('PreloadNextSteps', () => {
  let idle: (() => void) | undefined;

  beforeEach(() => {
    idle = undefined;
    spyOn(window, 'requestIdleCallback').and.callFake((callback) => {
      idle = () => callback({ didTimeout: false, timeRemaining: () => 50 });
      return 1;
    });
  });

  function preload(route: Route) {
    const load = jasmine.createSpy('load').and.returnValue(of('page'));
    const loaded: unknown[] = [];
    new PreloadNextSteps().preload(route, load).subscribe((value) => loaded.push(value));
    return { load, loaded };
  }

  it('fetches a next step only once the first screen is idle', () => {
    const { load, loaded } = preload({ path: 'results', data: PRELOAD });
    expect(load).not.toHaveBeenCalled();
    idle!();
    expect(load).toHaveBeenCalledTimes(1);
    expect(loaded).toEqual(['page']);
  });

  it('leaves pages that are not a next step to be fetched when asked for', () => {
    const { load } = preload({ path: 'review' });
    expect(idle).toBeUndefined();
    expect(load).not.toHaveBeenCalled();
  });

  it('fetches nothing ahead when the user asked the browser to save data', () => {
    spyOnProperty(Object.getPrototypeOf(navigator), 'connection').and.returnValue({
      saveData: true,
    });
    const { load } = preload({ path: 'results', data: PRELOAD });
    idle?.();
    expect(load).not.toHaveBeenCalled();
  });
});
