import { trustServiceWorkerScript } from './trusted-types';

describe('trustServiceWorkerScript', () => {
  let rules: { createScriptURL(url: string): string } | undefined;

  beforeEach(() => {
    rules = undefined;
    type Factory = { createPolicy(name: string, given: typeof rules): unknown };
    const trustedTypes = (globalThis as unknown as { trustedTypes: Factory }).trustedTypes;
    spyOn(trustedTypes, 'createPolicy').and.callFake((name, given) => {
      expect(name).toBe('default');
      rules = given;
      return {};
    });
  });

  const page = { baseURI: 'https://haven.example/' } as Document;

  it("lets the service worker's own script through", () => {
    trustServiceWorkerScript(page);
    expect(rules!.createScriptURL('ngsw-worker.js')).toBe('ngsw-worker.js');
    expect(rules!.createScriptURL('/ngsw-worker.js')).toBe('/ngsw-worker.js');
  });

  it("lets the build's web workers through", () => {
    trustServiceWorkerScript(page);
    const url = 'https://haven.example/worker-AB12cd_3.js';
    expect(rules!.createScriptURL(url)).toBe(url);
  });

  it('refuses every other script URL', () => {
    trustServiceWorkerScript(page);
    for (const url of [
      'evil.js',
      'https://cdn.example/ngsw-worker.js',
      'https://cdn.example/worker-AB12.js',
      'https://haven.example/x/worker-AB12.js',
      'https://haven.example/worker-AB12.js?x=/evil.js',
      'data:text/javascript,1',
    ]) {
      expect(() => rules!.createScriptURL(url))
        .withContext(url)
        .toThrowError(TypeError);
    }
  });
});
