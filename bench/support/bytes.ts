import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

import { repoPath } from './figures';
import { ResourceEntry } from './page-clock';

export interface FileSizes {
  readonly raw: number;
  readonly gzip: number;
  readonly brotli: number;
}

export interface LoadedFile extends FileSizes {
  readonly path: string;
}

export interface LoadTotals extends FileSizes {
  readonly files: number;
  readonly list: readonly LoadedFile[];
}

const sizes = new Map<string, FileSizes>();

/**
 * A built file's size raw, gzipped and brotli-compressed at maximum quality: computed from the
 * file in dist/ rather than read off the wire, so the figure is the same whatever served it.
 */
export function sizesOf(path: string): FileSizes {
  let result = sizes.get(path);
  if (!result) {
    const body = readFileSync(repoPath('dist', 'haven', 'browser', path));
    result = {
      raw: body.length,
      gzip: gzipSync(body, { level: constants.Z_BEST_COMPRESSION }).length,
      brotli: brotliCompressSync(body, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
        },
      }).length,
    };
    sizes.set(path, result);
  }
  return result;
}

/** The app's own files of one type among the resources a page had loaded, with their totals. */
export function totalsOf(
  resources: readonly ResourceEntry[],
  baseURL: string,
  extension: '.js' | '.css',
): LoadTotals {
  const origin = new URL(baseURL).origin;
  const paths = new Set<string>();
  for (const { url } of resources) {
    const parsed = new URL(url);
    if (parsed.origin === origin && parsed.pathname.endsWith(extension)) {
      paths.add(decodeURIComponent(parsed.pathname.slice(1)));
    }
  }
  const list = [...paths].sort().map((path) => ({ path, ...sizesOf(path) }));
  const sum = (key: keyof FileSizes) => list.reduce((total, file) => total + file[key], 0);
  return { files: list.length, raw: sum('raw'), gzip: sum('gzip'), brotli: sum('brotli'), list };
}
