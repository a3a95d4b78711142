import type { CaseChange, StoredCase } from "~src/store/cases"
import type { ImportSummary } from "~src/store/export-import"
import type { WhatWorkedSummary } from "~src/store/what-worked"

/** What the case log needs from the store; the options entry wires Dexie to it. */
export interface CaseLogServices {
  listCases(): Promise<{ cases: StoredCase[]; corruptIds: number[] }>
  updateCase(id: number, change: CaseChange): Promise<StoredCase>
  whatWorked(): Promise<WhatWorkedSummary>
  /** Saves the export file (the entry offers it as a download). */
  exportData(): Promise<void>
  /**
   * Saves the solved cases as labelled lines (redacted error text, confirmed cause, the fix
   * that worked) for `npm run -s train:recognizer -- --extra <file>`.
   */
  exportSolvedCases?(): Promise<void>
  importData(text: string): Promise<ImportSummary>
  /** Words for a StoreError (or any failure) in the desk's language. */
  describeStoreError(error: unknown): string
}
