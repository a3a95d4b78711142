import "fake-indexeddb/auto"
// diagnose() with the committed recognizer, as the workbench and the extension give it.
import "~src/diagnosis/recognizer/committed-model"
