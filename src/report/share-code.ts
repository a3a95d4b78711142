import { deflateSync } from "fflate"

import { encodeBase64Url } from "./base64url"
import { SHARE_CODE_PREFIX } from "./format-id"
import type { ReportV1 } from "./schema"

export { SHARE_CODE_PREFIX } from "./format-id"

/**
 * The share code: "EVPR1." + base64url (no padding) of the raw-DEFLATE (level 9) UTF-8
 * JSON of the report. Plain ASCII without "+", "/" or "=" survives chat apps and e-mail;
 * the desk decodes it with decodeShareInput (decode-share-input.ts, which uses zod and so
 * lives apart from this file, imported by the content script).
 */
export function encodeShareCode(report: ReportV1): string {
  const json = new TextEncoder().encode(JSON.stringify(report))
  return SHARE_CODE_PREFIX + encodeBase64Url(deflateSync(json, { level: 9 }))
}
