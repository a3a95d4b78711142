import { resolve } from "node:path"

import { DEFAULT_CORPUS_DIR } from "~src/diagnosis/corpus-parse"

/** The real corpus folder: CORPUS_DIR, or ../shared/corpus/real relative to the repository root. */
export const realCorpusDir = () => resolve(import.meta.dirname, "..", process.env.CORPUS_DIR ?? DEFAULT_CORPUS_DIR)
