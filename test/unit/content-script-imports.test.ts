import { describe, expect, it } from "vitest"

import { bundleForPage, bundleInputs } from "~scripts/bench/bundle-for-page"

/**
 * Content scripts load on every visit to every portal page: what they do not need there is
 * sent to them (the host's profiles, the reading words) or stays in the background (the
 * registry of every site, the knowledge base and recognizer in src/diagnosis, zod, Dexie, the
 * polyfill). Each would add kilobytes to every page load (the overlay's budget is 20 KB
 * gzipped, see npm run bench).
 */
const STAYS_OUT = [
  "src/page/reading-words-data.ts",
  "src/sites/generic.ts",
  "src/sites/index.ts",
  "src/sites/all-profiles.ts",
  "src/diagnosis/",
  "src/report/share-code",
  "node_modules/zod/",
  "node_modules/dexie/",
  "node_modules/webextension-polyfill/"
]

describe("what content scripts bundle", () => {
  for (const entry of ["contents/overlay/index.ts", "contents/frame-reporter.ts"]) {
    it(`${entry} leaves out the registry, the word lists and the background's libraries`, async () => {
      const inputs = await bundleInputs(entry)
      expect(inputs).toContain("src/page/outcome-statements.ts")
      expect(inputs.filter((file) => STAYS_OUT.some((out) => file.startsWith(out)))).toEqual([])
    })
  }

  it("the overlay uses the selector lists it is sent (error classes, dialogs, toasts, generic steps), but does not carry them", async () => {
    const bundle = await bundleForPage(`import "~contents/overlay/index"`, { minify: true })
    expect(bundle).toContain("one-time-code")
    expect(bundle).toContain('[role="alertdialog"]')
    for (const selector of [
      ".validation-summary-errors",
      ".swal2-popup",
      ".Toastify__toast",
      'iframe[name*="threeDSecure" i]',
      'input[name*="otp" i]',
      'iframe[name^="__privateStripeFrame"]',
      'input[type="radio"][name*="paymode" i]'
    ]) {
      expect(bundle).not.toContain(selector)
    }
  })
})

/**
 * The extension pages show diagnoses; only the background makes them. The panel's frame is
 * loaded as an error opens it, and every kilobyte it parses comes before the applicant reads a
 * word (bench/README.md, "An error with no input before it"), so the pages take the causes'
 * words from src/diagnosis/cause-texts.json, never the cause files' patterns and examples, the
 * engine, the recognizer or the site registry.
 */
const PAGES_LEAVE_OUT = [
  "src/diagnosis/causes/",
  "src/diagnosis/registry.ts",
  "src/diagnosis/index.ts",
  "src/diagnosis/engine.ts",
  "src/diagnosis/recognizer/"
]
/** The options page lists every portal in its settings; the panel and the popup get the tab's profile from the page. */
const SITE_REGISTRY = ["src/sites/index.ts", "src/sites/all-profiles.ts"]

describe("what the extension pages bundle", () => {
  for (const [entry, leaveOut] of [
    ["sidepanel.tsx", [...PAGES_LEAVE_OUT, ...SITE_REGISTRY]],
    ["popup/index.tsx", [...PAGES_LEAVE_OUT, ...SITE_REGISTRY]],
    ["options/index.tsx", PAGES_LEAVE_OUT]
  ] as const) {
    it(`${entry} shows the causes' words without loading the knowledge base`, async () => {
      const inputs = await bundleInputs(entry)
      expect(inputs).toContain("src/diagnosis/cause-texts.json")
      expect(inputs.filter((file) => leaveOut.some((out) => file.startsWith(out)))).toEqual([])
    })
  }
})

/**
 * The background loads its whole script each time it wakes (Firefox suspends it after 30 s idle
 * and keeps no compiled code for it; bench/README.md, "A suspended background in Firefox"), so it
 * recognises causes from the generated rules table and carries no cause file (their words,
 * examples and sources), no fix file and no word table.
 */
describe("what the background bundles", () => {
  it("background/index.ts diagnoses from the generated rules table, not the cause or fix files", async () => {
    const inputs = await bundleInputs("background/index.ts")
    expect(inputs).toContain("src/diagnosis/cause-rules.generated.ts")
    expect(inputs).toContain("src/diagnosis/engine.ts")
    const leaveOut = ["src/diagnosis/causes/", "src/diagnosis/fixes/", "src/diagnosis/registry.ts", "src/diagnosis/fix-registry.ts", "src/diagnosis/index.ts", "src/diagnosis/cause-texts", "src/diagnosis/messages.ts"]
    expect(inputs.filter((file) => leaveOut.some((out) => file.startsWith(out)))).toEqual([])
  })
})
