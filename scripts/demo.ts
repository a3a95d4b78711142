/**
 * `npm run demo`: builds the extension, serves the demo portal pages locally at their real
 * addresses, opens Chromium with the extension (headed when a display exists, headless
 * otherwise), walks one failing India e-Visa card payment in Chinese and in English, saves
 * screenshots of the panel to demo-output/, and prints the panel's diagnosis and the report
 * the applicant would copy for a volunteer.
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
  if (!ensureSystemDeps(["chromium", "cjk-fonts"], { purpose: "npm run demo" })) process.exit(1)
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
  console.log(`\nDone. Screenshots are in ${relative(ROOT, OUT)}/.`)
}

const indent = (text: string) => text.split("\n").map((line) => `    ${line}`).join("\n")

main().catch((error) => {
  console.error(`demo failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
