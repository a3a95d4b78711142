/**
 * Prints the "Full example" of docs/report-format.md, or with --write refreshes it in place.
 *   npx tsx scripts/report-format-example.ts [--write]
 */
import { readFileSync, writeFileSync } from "node:fs"
import { fileURLToPath } from "node:url"

import { formatExampleMarkdown, withFreshExample } from "~src/report/format-example"

const docPath = fileURLToPath(new URL("../docs/report-format.md", import.meta.url))

if (process.argv.includes("--write")) {
  writeFileSync(docPath, withFreshExample(readFileSync(docPath, "utf8")))
  console.log(`updated ${docPath}`)
} else {
  console.log(formatExampleMarkdown())
}
