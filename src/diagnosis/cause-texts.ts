import type { CauseDefinition } from "./cause"
import data from "./cause-texts.json"

/**
 * What a page that shows a diagnosis needs of a cause: its words and its fixes, not how it
 * is recognised. The panel's frame loads this instead of the 57 cause files (their patterns,
 * examples and sources are about 60% of them), because it is loaded as an error opens the
 * panel and every kilobyte is parsed before the applicant sees a word.
 */
export type CauseText = Pick<CauseDefinition, "category" | "title" | "explanation" | "technical" | "fixes">

/** Where the generated table lives and how to remake it (the test and the build say so). */
export const CAUSE_TEXTS_FILE = "src/diagnosis/cause-texts.json"
export const CAUSE_TABLES_COMMAND = "npm run -s gen:cause-tables"

const TEXTS = data as unknown as Record<string, CauseText>

export function getCauseText(id: string): CauseText | undefined {
  return Object.hasOwn(TEXTS, id) ? TEXTS[id] : undefined
}

/** The table's file contents for these causes, in their order (generated from the cause files, never edited by hand). */
export function causeTextsJson(causes: readonly CauseDefinition[]): string {
  const table: Record<string, CauseText> = {}
  for (const { id, category, title, explanation, technical, fixes } of causes) table[id] = { category, title, explanation, technical, fixes }
  return `${JSON.stringify(table, null, 2)}\n`
}
