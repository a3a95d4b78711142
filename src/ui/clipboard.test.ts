import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"

import { clipboardApiAllowed, copyText } from "./clipboard"

// happy-dom has no execCommand; the browsers do.
beforeEach(() => {
  Object.defineProperty(document, "execCommand", { value: () => false, configurable: true, writable: true })
})

afterEach(() => {
  vi.restoreAllMocks()
  delete (document as { featurePolicy?: unknown }).featurePolicy
  delete (document as { execCommand?: unknown }).execCommand
})

function withPolicy(allowed: boolean) {
  Object.defineProperty(document, "featurePolicy", { value: { allowsFeature: (f: string) => f === "clipboard-write" && allowed }, configurable: true })
}

describe("copying from the panel", () => {
  it("uses the Clipboard API where the permissions policy allows it", async () => {
    withPolicy(true)
    const writeText = vi.fn(async () => undefined)
    vi.spyOn(navigator, "clipboard", "get").mockReturnValue({ writeText } as unknown as Clipboard)
    const exec = vi.spyOn(document, "execCommand")
    expect(await copyText("EVPR1.abc", document)).toBe(true)
    expect(writeText).toHaveBeenCalledWith("EVPR1.abc")
    expect(exec).not.toHaveBeenCalled()
  })

  it("never asks the Clipboard API where the policy blocks it (that would log a violation): copies through the fallback", async () => {
    withPolicy(false)
    const writeText = vi.fn(async () => undefined)
    vi.spyOn(navigator, "clipboard", "get").mockReturnValue({ writeText } as unknown as Clipboard)
    let copied = ""
    vi.spyOn(document, "execCommand").mockImplementation((command) => {
      copied = command === "copy" ? (document.querySelector("textarea")?.textContent ?? "") : ""
      return true
    })
    expect(await copyText("EVPR1.abc", document)).toBe(true)
    expect(writeText).not.toHaveBeenCalled()
    expect(copied).toBe("EVPR1.abc")
    expect(document.querySelector("textarea")).toBeNull()
  })

  it("falls back when the Clipboard API refuses (the document lost focus)", async () => {
    const writeText = vi.fn(async () => Promise.reject(new DOMException("Document is not focused.", "NotAllowedError")))
    vi.spyOn(navigator, "clipboard", "get").mockReturnValue({ writeText } as unknown as Clipboard)
    const exec = vi.spyOn(document, "execCommand").mockReturnValue(true)
    expect(await copyText("hello", document)).toBe(true)
    expect(exec).toHaveBeenCalledWith("copy")
  })

  it("reads the policy without a policy object (Firefox) as allowed", () => {
    vi.spyOn(navigator, "clipboard", "get").mockReturnValue({ writeText: async () => undefined } as unknown as Clipboard)
    expect(clipboardApiAllowed(document)).toBe(true)
  })
})
