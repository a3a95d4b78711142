import { listCases } from "./cases"
import type { EvphDatabase } from "./db"
import type { CaseRecord } from "./records"

/**
 * The volunteers' knowledge base (seed 4.3 "案例积累"): among solved cases, which fix
 * worked how often, per site and per top cause.
 */
export interface FixTally {
  fix: string
  count: number
  /** count / solvedCases of the row, 0..1. */
  share: number
}

export interface WhatWorkedRow {
  /** Site id or cause id; null for cases whose site or cause was unknown. */
  key: string | null
  solvedCases: number
  /** Solved cases where no worked fix was marked count in solvedCases only. */
  fixes: FixTally[]
}

export interface WhatWorkedSummary {
  solvedTotal: number
  bySite: WhatWorkedRow[]
  byCause: WhatWorkedRow[]
}

function tally(cases: CaseRecord[], keyOf: (c: CaseRecord) => string | null): WhatWorkedRow[] {
  const groups = new Map<string | null, CaseRecord[]>()
  for (const record of cases) {
    const key = keyOf(record)
    groups.set(key, [...(groups.get(key) ?? []), record])
  }
  const rows: WhatWorkedRow[] = []
  for (const [key, group] of groups) {
    const counts = new Map<string, number>()
    for (const record of group) if (record.workedFix) counts.set(record.workedFix, (counts.get(record.workedFix) ?? 0) + 1)
    const fixes = [...counts]
      .map(([fix, count]) => ({ fix, count, share: count / group.length }))
      .sort((a, b) => b.count - a.count || a.fix.localeCompare(b.fix))
    rows.push({ key, solvedCases: group.length, fixes })
  }
  return rows.sort((a, b) => b.solvedCases - a.solvedCases || String(a.key).localeCompare(String(b.key)))
}

export function summariseWhatWorked(cases: readonly CaseRecord[]): WhatWorkedSummary {
  const solved = cases.filter((c) => c.status === "solved")
  return {
    solvedTotal: solved.length,
    bySite: tally(solved, (c) => c.siteId),
    byCause: tally(solved, (c) => c.topCause)
  }
}

export async function whatWorked(db: EvphDatabase): Promise<WhatWorkedSummary> {
  const { cases } = await listCases(db, { status: "solved" })
  return summariseWhatWorked(cases)
}
