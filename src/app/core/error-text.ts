/** The message of something thrown, for a notice: storage, file and PDF errors are not always Errors. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
