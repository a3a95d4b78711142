import { decodeShareInput } from "~src/report/decode-share-input"
import { errorIdOf, toDecodeOutcome, type DecodeInput } from "./decode-outcome"

/** The desk's reading of a pasted text or code, through src/report's decoder. */
export const decodeForDesk: DecodeInput = async (text) => {
  try {
    return toDecodeOutcome(await decodeShareInput(text))
  } catch (error) {
    return { ok: false, error: errorIdOf(error) }
  }
}
