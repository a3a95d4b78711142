import type { Locale } from "~src/i18n/locale"
import type { ReportV1 } from "~src/report/schema"
import { listCases, saveReportAsCase, updateCase } from "~src/store/cases"
import type { EvphDatabase } from "~src/store/db"
import { deleteAllData } from "~src/store/delete-all"
import { getCauseText } from "~src/diagnosis/cause-texts"
import { exportAllData, importData } from "~src/store/export-import"
import { solvedCaseLines, solvedCasesJsonl } from "~src/store/solved-cases"
import { recentIncidents } from "~src/store/incidents"
import { getSettings, setSettings } from "~src/store/settings-store"
import { whatWorked } from "~src/store/what-worked"
import type { CaseLogServices } from "~src/ui/desk/case-log-services"
import { describeStoreError } from "./describe-store-error"
import type { SettingsServices } from "./settings-services"

export interface StoreServices extends CaseLogServices, SettingsServices {
  saveCase(report: ReportV1): Promise<{ created: boolean }>
}

/**
 * Binds the options page's views to one open database. `download` hands the export file
 * to the browser (the entry creates a Blob link); kept outside so tests can catch it.
 */
export function createStoreServices(
  db: EvphDatabase,
  locale: Locale,
  download: (fileName: string, json: string) => void,
  tool: { name: string; version: string }
): StoreServices {
  const exportData = async () => {
    const { file } = await exportAllData(db, tool)
    download(`evisa-pay-helper-${file.exportedAt.slice(0, 10)}.json`, JSON.stringify(file, null, 2))
  }
  const exportSolvedCases = async () => {
    const { cases } = await listCases(db)
    const lines = solvedCaseLines(cases, (id) => getCauseText(id)?.category)
    download(`evisa-pay-helper-solved-cases-${new Date().toISOString().slice(0, 10)}.jsonl`, solvedCasesJsonl(lines))
  }
  return {
    listCases: () => listCases(db),
    exportSolvedCases,
    updateCase: (id, change) => updateCase(db, id, change),
    whatWorked: () => whatWorked(db),
    exportData,
    importData: (text) => importData(db, text),
    describeStoreError: (error) => describeStoreError(error, locale),
    saveCase: async (report) => ({ created: (await saveReportAsCase(db, report)).created }),
    getSettings: () => getSettings(db),
    setSettings: (patch) => setSettings(db, patch),
    recentIncidents: () => recentIncidents(db, 30),
    deleteAllData: () => deleteAllData(db)
  }
}
