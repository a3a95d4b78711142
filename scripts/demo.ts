/**
 * `npm run demo`: builds the extension, serves the demo portal pages locally at their real
 * addresses, opens Chromium with the extension (headed when a display exists, headless
 * otherwise), walks one failing India e-Visa card payment in Chinese and in English, saves
 * screenshots of the panel to demo-output/, and prints the panel's diagnosis and the report
 * the applicant would copy for a volunteer. Then the same walk in Firefox ESR, with
 * screenshots beside Chromium's (panel-<lang>-firefox.png).
 */
import { spawnSync } from "node:child_process"
import { mkdirSync } from "node:fs"
import { join, relative } from "node:path"

import {
  FIXTURES,
  PANEL_HOST,
  ROOT,
  fixtureUrl,
  launchWithExtension,
  readClipboard,
  serveFixtures
} from "../test/e2e/harness"
import { launchFirefox } from "../test/e2e/firefox/harness"
import * as firefoxPanel from "../test/e2e/firefox/panel-driver"
import { copyReportFromPanel, openPanel, panelText } from "../test/e2e/panel-driver"
import { ensureSystemDeps } from "./system-deps"

const OUT = join(ROOT, "demo-output")
/** India e-Visa: choose to pay → SBI ePay card form → the portal's result page: declined. */
const WALK = [
  join(FIXTURES, "sites", "india-evisa", "payment-method.html"),
  join(FIXTURES, "sites", "sbi-epay", "card-entry.html"),
  join(FIXTURES, "sites", "india-evisa", "confirmation-declined.html")
]

async function main(): Promise<void> {
  // Chromium for the walk, CJK fonts for the Chinese screenshots: installed on Debian as root.
  if (!ensureSystemDeps(["chromium", "firefox", "cjk-fonts"], { purpose: "npm run demo" })) process.exit(1)
  console.log("Building the extension …")
  const build = spawnSync("npx", ["tsx", "scripts/build.ts"], { cwd: ROOT, stdio: "inherit" })
  if (build.status !== 0) throw new Error("build failed")
  mkdirSync(OUT, { recursive: true })

  const headless = !process.env.DISPLAY
  const files = Object.fromEntries(WALK.map((file) => [fixtureUrl(file), file]))

  for (const locale of ["zh-CN", "en-US"]) {
    const lang = locale.startsWith("zh") ? "zh-CN" : "en"
    console.log(`\n━━━ ${lang === "zh-CN" ? "中文" : "English"}: Chromium ${headless ? "(headless)" : "(window)"} with the extension, India e-Visa card payment`)
    const session = await launchWithExtension({ locale, headless })
    try {
      await serveFixtures(session.context, files)
      const page = await session.context.newPage()
      for (const file of WALK) {
        const url = fixtureUrl(file)
        await page.goto(url)
        await page.locator(PANEL_HOST).waitFor({ state: "attached", timeout: 10_000 })
        console.log(`  → ${url}`)
      }
      await openPanel(page)
      const shot = join(OUT, `panel-${lang}.png`)
      await page.screenshot({ path: shot })
      console.log(`  screenshot: ${relative(ROOT, shot)}`)
      console.log("\n  What the panel says:\n" + indent(await panelText(page)))
      await copyReportFromPanel(page)
      const copied = await readClipboard(page)
      console.log("\n  The report copied for the volunteer:\n" + indent(copied))
      await page.screenshot({ path: join(OUT, `panel-${lang}-copied.png`) })
    } finally {
      await session.close()
    }
  }
  await walkInFirefox()
  console.log(`\nDone. Screenshots are in ${relative(ROOT, OUT)}/.`)
}

/** The same walk in Firefox ESR (always headless: puppeteer drives it over WebDriver BiDi). */
async function walkInFirefox(): Promise<void> {
  for (const locale of ["zh-CN", "en-US"]) {
    const lang = locale.startsWith("zh") ? "zh-CN" : "en"
    console.log(`\n━━━ ${lang === "zh-CN" ? "中文" : "English"}: Firefox ESR (headless) with the extension, the same payment`)
    const session = await launchFirefox({ locale })
    try {
      const page = await session.newPage()
      for (const file of WALK) {
        await session.openFixture(file, page)
        console.log(`  → ${fixtureUrl(file)}`)
      }
      const frame = await firefoxPanel.openPanel(page)
      await firefoxPanel.waitFor("the panel's diagnosis", async () => (await firefoxPanel.topCause(frame)).title)
      const shot = join(OUT, `panel-${lang}-firefox.png`)
      await page.screenshot({ path: shot })
      console.log(`  screenshot: ${relative(ROOT, shot)}`)
      console.log(`  top cause in the panel: ${(await firefoxPanel.topCause(frame)).title}`)
      const errors = session.extensionErrors()
      if (errors.length) throw new Error(`errors from the extension's pages in Firefox:\n${errors.join("\n")}`)
    } finally {
      await session.close()
    }
  }
}

const indent = (text: string) => text.split("\n").map((line) => `    ${line}`).join("\n")

main().catch((error) => {
  console.error(`demo failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
