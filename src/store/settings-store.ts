import type { EvphDatabase } from "./db"
import { SETTINGS_KEY } from "./records"
import { DEFAULT_SETTINGS, type Settings } from "./settings"
import { recoverSettings, SettingsSchema } from "./settings-schema"
import { guardWrite, StoreError } from "./store-error"

/**
 * The stored settings over the defaults. A broken field falls back to its default; the
 * stored row is not rewritten until the user saves, so nothing is lost by reading.
 */
export async function getSettings(db: EvphDatabase): Promise<Settings> {
  const row = await db.settings.get(SETTINGS_KEY)
  if (!row) return structuredClone(DEFAULT_SETTINGS)
  return recoverSettings(row.value).settings
}

export type SettingsPatch = Partial<Omit<Settings, "panel">> & { panel?: Partial<Settings["panel"]> }

/** Applies a change, validates the whole result and stores it; invalid → "settings-invalid". */
export async function setSettings(db: EvphDatabase, patch: SettingsPatch): Promise<Settings> {
  return guardWrite(() =>
    db.transaction("rw", db.settings, async () => {
      const current = await getSettings(db)
      const next = { ...current, ...patch, panel: { ...current.panel, ...patch.panel } }
      const parsed = SettingsSchema.safeParse(next)
      if (!parsed.success) {
        throw new StoreError("settings-invalid", { issues: parsed.error.issues.map((i) => i.path.join(".")) })
      }
      await db.settings.put({ key: SETTINGS_KEY, value: parsed.data })
      return parsed.data
    })
  )
}
