import { writeReferenceExtension } from "./reference-extension"

/**
 * The "floor": an extension with an empty content script on exactly our matches. What it
 * costs is what any content-script extension costs Chromium (injection, an isolated world);
 * our figures minus the floor's is the part our own code can still win back.
 */
export function writeFloorExtension(ourManifest: Parameters<typeof writeReferenceExtension>[0]): string {
  return writeReferenceExtension(ourManifest, "Floor (empty content script)", "// intentionally empty\n")
}
