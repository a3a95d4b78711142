import type { BudgetRow } from "./budgets"

/** Plain-text and markdown renderings of the benchmark results. */

export function formatValue(value: number, unit: string): string {
  if (!Number.isFinite(value)) return value > 0 ? "never" : "n/a"
  if (unit === "bytes") return value >= 1_000_000 ? `${(value / 1_000_000).toFixed(2)} MB` : `${(value / 1000).toFixed(1)} KB`
  if (unit === "ms") return `${value.toFixed(value < 10 ? 2 : 1)} ms`
  if (unit === "pp") return `${value.toFixed(2)} pp`
  if (unit === "s") return `${value.toFixed(0)} s`
  if (unit === "CLS") return value.toFixed(4)
  if (unit === "share") return `${(value * 100).toFixed(1)} %`
  return `${value} ${unit}`
}

function pad(rows: string[][]): string {
  const widths = rows[0].map((_, col) => Math.max(...rows.map((r) => r[col].length)))
  return rows.map((r) => r.map((cell, col) => cell.padEnd(widths[col])).join("  ")).join("\n")
}

export function budgetTableText(rows: readonly BudgetRow[]): string {
  return pad([
    ["metric", "measured", "budget", "result"],
    ...rows.map((r) => [r.metric, formatValue(r.value, r.unit), `≤ ${formatValue(r.budget, r.unit)}`, r.pass ? "PASS" : "MISS"])
  ])
}

export function markdownTable(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.map((c) => c.replace(/\|/g, "\\|")).join(" | ")} |`
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n")
}

export function budgetTableMarkdown(rows: readonly BudgetRow[]): string {
  return markdownTable(
    ["metric", "measured", "budget", "result"],
    rows.map((r) => [r.metric + (r.note ? ` (${r.note})` : ""), formatValue(r.value, r.unit), `≤ ${formatValue(r.budget, r.unit)}`, r.pass ? "PASS" : "**MISS**"])
  )
}
