interface TrustedTypesLike {
  createPolicy(name: string, rules: { createScriptURL(url: string): string }): unknown;
}

/** The service worker's script, the only script URL Haven hands the browser as a plain string. */
const WORKER_SCRIPT = 'ngsw-worker.js';

/**
 * index.html's Content-Security-Policy requires Trusted Types for script sinks, and Angular's
 * service-worker registration passes its script URL as a plain string. The browser's "default"
 * policy lets exactly that same-origin URL through and refuses every other.
 */
export function trustServiceWorkerScript(document: Document): void {
  const trustedTypes = (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes;
  if (!trustedTypes) return;
  const worker = new URL(WORKER_SCRIPT, document.baseURI).href;
  trustedTypes.createPolicy('default', {
    createScriptURL(url) {
      if (new URL(url, document.baseURI).href === worker) return url;
      throw new TypeError(`Haven loads no script from ${url}.`);
    },
  });
}
