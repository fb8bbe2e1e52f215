/**
 * Errors the collection reports to the user. Each carries a code the UI can act on and a
 * message that says plainly what happened and that nothing else was changed.
 */
import type { CollectionErrorCode } from '../messages/collection';

export class CollectionError extends Error {
  constructor(
    readonly code: CollectionErrorCode,
    message: string,
    readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'CollectionError';
  }
}

function isQuota(error: unknown): boolean {
  const e = error as { name?: string; code?: number; inner?: { name?: string } } | null;
  // Firefox reports a full disk as NS_ERROR_FILE_NO_DEVICE_SPACE; legacy code 22 is QUOTA_ERR.
  return !!e && (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_FILE_NO_DEVICE_SPACE' || e.code === 22);
}

/** Maps anything thrown by IndexedDB (or by us) to a CollectionError. */
export function toCollectionError(error: unknown, action: string): CollectionError {
  if (error instanceof CollectionError) return error;
  if (isQuota(error)) {
    return new CollectionError(
      'quota',
      `${action} failed: the browser's storage is full (disk or quota). Nothing was written and your collection is unchanged. Free some disk space, or export and remove records, then try again.`,
      error,
    );
  }
  const detail = (error as { message?: string } | null)?.message ?? String(error);
  return new CollectionError('storage', `${action} failed: ${detail}. Nothing was written and your collection is unchanged.`, error);
}
