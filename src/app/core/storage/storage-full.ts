/**
 * Whether a failed write failed because the device has no room left for Haven. Browsers name it
 * QuotaExceededError; older Firefox used NS_ERROR_DOM_QUOTA_REACHED. IndexedDB may also report it
 * as the transaction's abort reason.
 */
export function isStorageFull(error: unknown): boolean {
  if (!(error instanceof DOMException)) return false;
  return error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED';
}
