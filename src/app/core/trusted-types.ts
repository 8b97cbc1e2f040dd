interface TrustedTypesLike {
  createPolicy(name: string, rules: { createScriptURL(url: string): string }): unknown;
}

/** The service worker's script, the only script URL Haven hands the browser as a plain string. */
const WORKER_SCRIPT = 'ngsw-worker.js';
/** The build's web-worker bundles (the untrusted-file reader): worker-<hash>.js beside the app. */
const WEB_WORKER = /^worker-[A-Za-z0-9_-]+\.js$/;

/**
 * index.html's Content-Security-Policy requires Trusted Types for script sinks, and Angular's
 * service-worker registration and web workers pass their script URL as a plain string. The
 * browser's "default" policy lets exactly those same-origin URLs through and refuses every other.
 */
export function trustServiceWorkerScript(document: Document): void {
  const trustedTypes = (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes;
  if (!trustedTypes) return;
  const base = new URL('./', document.baseURI).href;
  const worker = new URL(WORKER_SCRIPT, document.baseURI).href;
  trustedTypes.createPolicy('default', {
    createScriptURL(url) {
      const href = new URL(url, document.baseURI).href;
      const name = href.startsWith(base) ? href.slice(base.length) : '';
      if (href === worker || WEB_WORKER.test(name)) return url;
      throw new TypeError(`Haven loads no script from ${url}.`);
    },
  });
}
