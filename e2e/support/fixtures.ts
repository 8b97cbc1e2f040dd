import { expect, test as base } from '@playwright/test';

/**
 * Every journey counts the requests the app makes to any host other than this machine, and fails
 * if there is one: Haven must work offline and send nothing anywhere.
 */
export const test = base.extend<{ foreignRequests: string[] }>({
  foreignRequests: [
    async ({ context }, use) => {
      const foreign: string[] = [];
      context.on('request', (request) => {
        const url = new URL(request.url());
        const isLocal = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
        if (!isLocal && !['data:', 'blob:'].includes(url.protocol)) foreign.push(request.url());
      });
      await use(foreign);
      expect(foreign, 'requests to hosts other than this machine').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
