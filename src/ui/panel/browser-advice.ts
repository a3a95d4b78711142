import type { DiagnosisItem } from "~src/diagnosis/types"
import { browserDisplayName } from "~src/environment/browser-names"
import type { EnvironmentFacts } from "~src/environment/types"
import type { BrowserSupport } from "~src/sites/profile"

/** Seed 3.2.3: "use an up-to-date Chrome, Firefox or Edge" when the portal says nothing. */
export const DEFAULT_RECOMMENDED_BROWSERS = ["chrome", "firefox", "edge"]

export interface BrowserAdvice {
  /** Display names, in the portal's order of preference. */
  recommended: string[]
  /** True when the list comes from the portal's profile, false for our default. */
  fromPortal: boolean
  minimum: { browser: string; version: number }[]
  /** The applicant's browser is older than the portal's stated minimum. */
  currentTooOld: { browser: string; version: string } | null
}

/** Which browsers to suggest for this portal, and whether the current one is too old. Pure. */
export function browserAdvice(support: BrowserSupport | undefined, browser: EnvironmentFacts["browser"] | undefined): BrowserAdvice {
  const fromPortal = Boolean(support?.recommended.length)
  const recommended = (fromPortal ? support!.recommended : DEFAULT_RECOMMENDED_BROWSERS).map(browserDisplayName)
  const minimum = Object.entries(support?.minimum ?? {})
    .filter((entry): entry is [string, number] => typeof entry[1] === "number")
    .map(([id, version]) => ({ browser: browserDisplayName(id), version }))

  let currentTooOld: BrowserAdvice["currentTooOld"] = null
  if (browser && browser.major !== null) {
    const key = browser.name.toLowerCase() as keyof NonNullable<BrowserSupport["minimum"]>
    const required = support?.minimum?.[key]
    if (typeof required === "number" && browser.major < required) {
      currentTooOld = { browser: browserDisplayName(browser.name), version: browser.version }
    }
  }
  return { recommended, fromPortal, minimum, currentTooOld }
}

/**
 * The diagnosis may already have judged the browser too old against its own floor when the
 * portal states no minimum (src/diagnosis/signals.ts); the panel then says so too, rather
 * than staying silent beside a "browser too old" cause.
 */
export function tooOldPerDiagnosis(diagnosis: readonly DiagnosisItem[]): BrowserAdvice["currentTooOld"] {
  for (const item of diagnosis) {
    const note = item.evidence.find((evidence) => evidence.id === "browser-too-old" && evidence.params?.browser !== undefined)
    if (note) return { browser: browserDisplayName(String(note.params!.browser)), version: String(note.params!.version ?? "") }
  }
  return null
}
