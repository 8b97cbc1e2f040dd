import { expect, test as base } from '@playwright/test';

/**
 * Every journey counts the requests the app makes to any host other than this machine, and fails
 * if there is one: Haven must work offline and send nothing anywhere.
 */
export const test = base.extend<{ foreignRequests: string[]; policyViolations: string[] }>({
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
  /**
   * Every journey also fails on a Content-Security-Policy or Trusted Types violation (index.html):
   * the page must run with no inline script, no eval and no untrusted HTML.
   */
  policyViolations: [
    async ({ context }, use) => {
      const violations: string[] = [];
      // The browser reports each refusal to the page as a securitypolicyviolation event.
      await context.exposeBinding('reportPolicyViolation', (_source, text: string) =>
        violations.push(text),
      );
      await context.addInitScript(() =>
        document.addEventListener('securitypolicyviolation', (event) =>
          (
            window as unknown as { reportPolicyViolation(text: string): void }
          ).reportPolicyViolation(
            `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
          ),
        ),
      );
      context.on('weberror', (error) => {
        if (/Trusted ?Type/i.test(String(error.error()))) violations.push(String(error.error()));
      });
      await use(violations);
      expect(violations, 'Content-Security-Policy or Trusted Types violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
