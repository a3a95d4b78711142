import type { BudgetRow } from "./budgets"

/**
 * A section of figures another area adds to `npm run bench` (e.g. scripts/bench/recognizer.ts):
 * it runs after the browsers of the page-load figures are closed, and its budget rows, its
 * markdown and its data join the run's table, bench/results.md and bench/results.json.
 */
export interface BenchSection {
  /** Key in results.json ("sections") and a short heading. */
  name: string
  run(context: BenchSectionContext): Promise<BenchSectionResult>
}

export interface BenchSectionContext {
  quick: boolean
  /** The built extension measured (build/chrome-mv3-prod, or --extension DIR). */
  extensionDir: string
  log(message: string): void
}

export interface BenchSectionResult {
  budgets: BudgetRow[]
  /** Markdown appended to bench/results.md (a table or a sentence; may be empty). */
  markdown: string
  data: unknown
}
