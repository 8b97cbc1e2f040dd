/// <reference lib="webworker" />

import { readUntrusted, UntrustedRequest } from './untrusted-request';

// Parses and checks the big untrusted files (a backup of up to 50 MB, a CSV of 10,000 rows) away
// from the page: the page stays responsive, and shows its progress line, while this works.
addEventListener('message', ({ data }: MessageEvent<UntrustedRequest>) => {
  postMessage(readUntrusted(data));
});
