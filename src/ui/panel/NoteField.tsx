import { useEffect, useRef } from "preact/hooks"

/**
 * A multi-line text box for the applicant's note to the volunteer. Built on a
 * contenteditable element read through textContent, so the panel keeps its rule of never
 * reading the value of any input, select or textarea — not even one of its own.
 */
export function NoteField({ id, labelledBy, onText }: { id: string; labelledBy: string; onText(text: string): void }) {
  const ref = useRef<HTMLDivElement>(null)

  useEffect(() => {
    const element = ref.current
    if (!element) return
    // Plain text only where supported (Chromium, Firefox ≥ 136); "true" elsewhere.
    try {
      element.contentEditable = "plaintext-only"
    } catch {
      element.contentEditable = "true"
    }
    if (element.contentEditable !== "plaintext-only") element.contentEditable = "true"
  }, [])

  return (
    <div
      ref={ref}
      id={id}
      class="evph-note"
      role="textbox"
      aria-multiline="true"
      aria-labelledby={labelledBy}
      tabIndex={0}
      onInput={() => onText(ref.current?.textContent ?? "")}
    />
  )
}
