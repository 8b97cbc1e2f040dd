import { DeviceStorage } from './device-storage';

describe('DeviceStorage', () => {
  it('asks the browser to keep the data only when it is not kept already', async () => {
    const persisted = spyOn(navigator.storage, 'persisted').and.resolveTo(false);
    const persist = spyOn(navigator.storage, 'persist').and.resolveTo(true);
    expect(await new DeviceStorage().persist()).toBeTrue();
    expect(persist).toHaveBeenCalledTimes(1);

    persisted.and.resolveTo(true);
    persist.calls.reset();
    expect(await new DeviceStorage().persist()).toBeTrue();
    expect(persist).not.toHaveBeenCalled();
  });

  it('says not kept when the browser refuses or fails', async () => {
    spyOn(navigator.storage, 'persisted').and.resolveTo(false);
    const persist = spyOn(navigator.storage, 'persist').and.resolveTo(false);
    expect(await new DeviceStorage().persist()).toBeFalse();
    persist.and.rejectWith(new Error('blocked'));
    expect(await new DeviceStorage().persist()).toBeFalse();
  });

  it('reports whether the data is kept, and the space used and allowed', async () => {
    spyOn(navigator.storage, 'persisted').and.resolveTo(true);
    spyOn(navigator.storage, 'estimate').and.resolveTo({ usage: 1_200_000, quota: 2e9 });
    expect(await new DeviceStorage().report()).toEqual({
      persisted: true,
      usage: 1_200_000,
      quota: 2e9,
    });
  });
});
