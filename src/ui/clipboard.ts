/**
 * Copies text after a click in the panel. The async Clipboard API needs a focused document;
 * when the page holds focus elsewhere (or the API is blocked) fall back to a hidden textarea
 * and execCommand, which the clipboardWrite permission allows.
 */
export async function copyText(text: string, doc: Document): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text)
    return true
  } catch {
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
}
