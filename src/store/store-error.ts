/**
 * Storage faults the UI can explain. The id is a key of src/store/messages.ts, so every
 * fault has words in both languages; the cause keeps the original error for volunteers.
 */
export type StoreErrorId =
  | "storage-full"
  | "store-blocked"
  | "open-failed"
  | "write-failed"
  | "corrupt-record"
  | "not-found"
  | "settings-invalid"
  | "import-not-json"
  | "import-not-ours"
  | "import-newer-version"
  | "import-invalid"

export class StoreError extends Error {
  override readonly name = "StoreError"
  constructor(
    readonly id: StoreErrorId,
    readonly detail?: { recordId?: number | string; table?: string; cause?: unknown; issues?: string[] }
  ) {
    super(id)
  }
}

export function isStoreError(value: unknown): value is StoreError {
  return value instanceof StoreError
}

function errorName(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null) return undefined
  return (error as { name?: string }).name
}

/** Dexie wraps the browser's error in `inner` (e.g. AbortError whose inner is QuotaExceededError). */
function isQuotaError(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current && depth < 4; depth++) {
    if (errorName(current) === "QuotaExceededError") return true
    current = (current as { inner?: unknown }).inner
  }
  return false
}

export function toStoreError(error: unknown, fallback: StoreErrorId = "write-failed"): StoreError {
  if (error instanceof StoreError) return error
  if (isQuotaError(error)) return new StoreError("storage-full", { cause: error })
  return new StoreError(fallback, { cause: error })
}

/** Runs a write and turns any failure into a StoreError. IndexedDB has already rolled it back. */
export async function guardWrite<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write()
  } catch (error) {
    throw toStoreError(error, "write-failed")
  }
}
