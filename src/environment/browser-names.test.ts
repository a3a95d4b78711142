import { describe, expect, it } from "vitest"

import { browserDisplayName, browserLabel } from "./browser-names"
import { parseUserAgent } from "./parse-user-agent"

describe("browser names as people write them", () => {
  it("names our browser ids, and leaves unknown ones as they are", () => {
    expect(browserDisplayName("chrome")).toBe("Chrome")
    expect(browserDisplayName("samsung")).toBe("Samsung Internet")
    expect(browserDisplayName("netsurf")).toBe("netsurf")
  })
  it("labels a Safari on a Mac the way a volunteer expects", () => {
    const parsed = parseUserAgent(
      "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15"
    )
    expect(browserLabel(parsed.browser)).toBe("Safari 17")
    expect(parsed.os.version).not.toContain("_")
  })
})
