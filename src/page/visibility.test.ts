import { describe, expect, it } from "vitest"

import { pageWithBody } from "./test-dom"
import { createVisibilityCheck, hasLayoutEngine, isVisible } from "./visibility"

describe("isVisible", () => {
  const { document: doc } = pageWithBody(
    `<style>.gone{display:none} .ghost{visibility:hidden} .sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}</style>
     <p id="plain">shown</p>
     <div class="gone"><p id="in-gone">x</p></div>
     <div style="display:none"><span id="in-inline-none">x</span></div>
     <p id="hidden-attr" hidden>x</p>
     <div aria-hidden="true"><p id="in-aria-hidden">x</p></div>
     <div class="ghost"><p id="in-ghost">x</p><p id="ghost-override" style="visibility:visible">y</p></div>
     <p id="transparent" style="opacity:0">x</p>
     <span id="sr" class="sr-only">Error:</span>
     <div id="offscreen" style="position:absolute;left:-9999px">x</div>
     <dialog id="closed-dialog"><p id="in-closed-dialog">x</p></dialog>
     <dialog id="open-dialog" open><p id="in-open-dialog">x</p></dialog>
     <details><summary id="summary">more</summary><p id="in-closed-details">x</p></details>
     <script id="script">var a = 1</script>`
  )
  const el = (id: string) => doc.getElementById(id)!

  it("has no layout engine under happy-dom, so geometry is not used", () => {
    expect(hasLayoutEngine(doc)).toBe(false)
    // Zero-size boxes everywhere would otherwise hide everything.
    expect(isVisible(el("plain"))).toBe(true)
  })

  it.each([
    ["in-gone", "ancestor display:none from a stylesheet"],
    ["in-inline-none", "ancestor inline display:none"],
    ["hidden-attr", "hidden attribute"],
    ["in-aria-hidden", "aria-hidden ancestor"],
    ["in-ghost", "inherited visibility:hidden"],
    ["transparent", "opacity 0"],
    ["sr", "clipped screen-reader-only text"],
    ["offscreen", "positioned far off screen"],
    ["in-closed-dialog", "closed <dialog>"],
    ["in-closed-details", "closed <details> body"],
    ["script", "script element"]
  ])("hides #%s (%s)", (id) => {
    expect(isVisible(el(id))).toBe(false)
  })

  it.each(["plain", "ghost-override", "in-open-dialog", "summary"])("shows #%s", (id) => {
    expect(isVisible(el(id))).toBe(true)
  })

  it("handles deep nesting (happy-dom itself recurses, so 400 levels here)", () => {
    const { document: deep } = pageWithBody("")
    let parent: Element = deep.body
    for (let i = 0; i < 400; i++) {
      const div = deep.createElement("div")
      parent.appendChild(div)
      parent = div
    }
    const check = createVisibilityCheck()
    expect(check(parent)).toBe(true)
    ;(deep.body.firstElementChild as HTMLElement).hidden = true
    expect(createVisibilityCheck()(parent)).toBe(false)
  })
})
