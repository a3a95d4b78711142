import { provideRecognizerModel, recognizerModel, type RecognizerModel } from "./index"
import { MODEL_JSON } from "./model-data"

/**
 * Importing this module gives diagnose() the committed model: for Node (the workbench, the
 * scripts, the unit tests). The extension's background reads the same text from the packaged
 * file instead (loadRecognizerModel), so its bundle does not carry it.
 */
provideRecognizerModel(() => MODEL_JSON)

/** The committed model, parsed once and shared with diagnose(). */
export const committedModel = (): RecognizerModel => recognizerModel()!

export { MODEL_JSON }
