import type { IncidentRecord } from "~src/store/records"
import type { SettingsPatch } from "~src/store/settings-store"
import type { Settings } from "~src/store/settings"

/** What the settings tab needs from the store. */
export interface SettingsServices {
  getSettings(): Promise<Settings>
  setSettings(patch: SettingsPatch): Promise<Settings>
  recentIncidents(): Promise<IncidentRecord[]>
  exportData(): Promise<void>
  deleteAllData(): Promise<void>
  describeStoreError(error: unknown): string
}
