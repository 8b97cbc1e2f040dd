/** Loads the code that reads and writes Haven's files (see domain/file-code.ts). */
export const loadFileCode = () => import('../domain/file-code');
