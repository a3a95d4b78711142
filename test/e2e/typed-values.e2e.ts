import { join } from "node:path"

import { afterAll, beforeAll, describe, expect, it } from "vitest"

import { decodeShareInput } from "~src/report/decode-share-input"

import { FIXTURES, launchWithExtension, openFixture, readClipboard, type Session } from "./harness"
import { copyReportFromPanel, openPanel, panelText, waitForDiagnosis } from "./panel-driver"

/**
 * Issue #13: what the applicant typed never rides along. The page echoes the typed name,
 * street address, e-mail and passport number into an alert() box and into its heading and
 * lede when the payment fails; none of them may reach the panel, the copied text, the share
 * code or the extension's storage. The card number and CVC are typed too.
 */
const TYPED = {
  "#card-no": "4929 1234 5678 9012",
  "#cardholder-name": "Wang Xiaoming",
  "#cvc": "737",
  "#address-line-1": "Flat 12, Jianguo Road",
  "#email": "wang.xiaoming@example.cn",
  "#passport-number": "EA1234567"
}
const SECRETS = ["Wang Xiaoming", "Xiaoming", "Jianguo Road", "wang.xiaoming@example.cn", "EA1234567", "4929 1234 5678 9012", "5678"]

describe("typed values never ride along (Chromium)", () => {
  let session: Session
  beforeAll(async () => {
    session = await launchWithExtension()
  })
  afterAll(async () => session?.close())

  it("leaves no typed name, address, e-mail or passport number in the panel, the clipboard, the share code or IndexedDB", async () => {
    const page = await openFixture(session, join(FIXTURES, "e2e/gov-uk-pay-typed-echo.html"))
    const dialogs: string[] = []
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message())
      void dialog.dismiss()
    })
    for (const [selector, value] of Object.entries(TYPED)) await page.fill(selector, value)
    await page.click("#continue")
    // The page really echoed everything, in the box and in its heading.
    await expect.poll(() => dialogs.length, { timeout: 5_000 }).toBe(1)
    expect(dialogs[0]).toContain("Wang Xiaoming")
    expect(await page.locator("#heading").innerText()).toBe("Payment for Wang Xiaoming has been declined")

    await openPanel(page)
    await waitForDiagnosis(page, /declined|bank/i)
    const shown = await panelText(page)
    expect(shown).toContain("was declined by your bank") // the echoed message is there, scrubbed
    expect(shown).toContain("‹typed›")

    const preview = await copyReportFromPanel(page)
    const copied = await readClipboard(page)
    expect(copied).toBe(preview)
    const decoded = decodeShareInput(copied)
    expect(decoded.ok).toBe(true)
    const report = decoded.ok ? decoded.report : null
    expect(report?.errors.map((e) => e.source)).toEqual(expect.arrayContaining(["native-alert", "outcome"]))
    expect(report?.errors.every((e) => e.text.includes("‹typed›"))).toBe(true)

    const stored = await dumpExtensionStorage(session)
    expect(stored).toContain("declined") // the attempt and page state really were stored
    for (const [where, text] of Object.entries({ panel: shown, clipboard: copied, "share code": JSON.stringify(report), IndexedDB: stored })) {
      for (const secret of SECRETS) expect(text.toLowerCase(), `"${secret}" leaked into the ${where}`).not.toContain(secret.toLowerCase())
      expect(text, `the CVC leaked into the ${where}`).not.toMatch(/\b737\b/)
    }
    await page.close()
  })
})

/** Every row of every IndexedDB store of the extension, read from one of its pages. */
async function dumpExtensionStorage(session: Session): Promise<string> {
  const ext = await session.openExtensionPage("options.html")
  // Let the background finish writing what the page reported.
  await ext.waitForTimeout(500)
  const dump = await ext.evaluate(async () => {
    const rows: unknown[] = []
    for (const info of await indexedDB.databases()) {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(info.name!)
        open.onsuccess = () => resolve(open.result)
        open.onerror = () => reject(open.error)
      })
      for (const store of db.objectStoreNames) {
        rows.push(
          store,
          await new Promise<unknown[]>((resolve) => {
            const all = db.transaction(store).objectStore(store).getAll()
            all.onsuccess = () => resolve(all.result)
          })
        )
      }
      db.close()
    }
    return JSON.stringify(rows)
  })
  await ext.close()
  return dump
}
