import type { Locale } from "~src/i18n/locale"
import { messages as storeMessages } from "~src/store/messages"
import { isStoreError } from "~src/store/store-error"

/** Words for a storage failure in the reader's language; unexpected errors read as "not saved". */
export function describeStoreError(error: unknown, locale: Locale): string {
  const id = isStoreError(error) ? error.id : "write-failed"
  return storeMessages[locale][id]
}
