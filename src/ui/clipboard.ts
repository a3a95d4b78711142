/**
 * Copies text after a click in the panel. The async Clipboard API needs a focused document
 * that the permissions policy lets write to the clipboard; when the policy says no (a frame
 * the page did not delegate it to), asking anyway logs a permissions-policy violation, so go
 * straight to the fallback. The fallback (a hidden textarea and execCommand, which the
 * clipboardWrite permission allows) also covers a document that lost focus.
 */
export async function copyText(text: string, doc: Document): Promise<boolean> {
  if (clipboardApiAllowed(doc)) {
    try {
      await navigator.clipboard.writeText(text)
      return true
    } catch {
      // not focused, or refused: fall back below
    }
  }
  return copyWithExecCommand(text, doc)
}

/** Chromium says what the permissions policy allows without logging anything; Firefox has no such policy for the clipboard. */
export function clipboardApiAllowed(doc: Document): boolean {
  if (typeof navigator.clipboard?.writeText !== "function") return false
  const policy = (doc as PolicyDocument).permissionsPolicy ?? (doc as PolicyDocument).featurePolicy
  return typeof policy?.allowsFeature === "function" ? policy.allowsFeature("clipboard-write") : true
}

type PolicyDocument = Document & {
  permissionsPolicy?: { allowsFeature(feature: string): boolean }
  featurePolicy?: { allowsFeature(feature: string): boolean }
}

function copyWithExecCommand(text: string, doc: Document): boolean {
  const area = doc.createElement("textarea")
  area.textContent = text
  area.setAttribute("readonly", "")
  area.style.cssText = "position:fixed;top:-1000px;opacity:0"
  doc.documentElement.append(area)
  area.select()
  try {
    return doc.execCommand("copy")
  } catch {
    return false
  } finally {
    area.remove()
  }
}
