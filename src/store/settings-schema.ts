import * as z from "zod"

import { DEFAULT_SETTINGS, type Settings } from "./settings"

/**
 * Validates settings where they enter: the settings row on read, the options page on
 * write, and data files on import. Kept apart from settings.ts so the content script,
 * which only needs the type, never pulls zod in.
 */
export const SettingsSchema = z.object({
  locale: z.enum(["zh-CN", "en"]).nullable(),
  autoOpenOnError: z.boolean(),
  disabledSites: z.array(z.string().max(80)).max(200),
  volunteerMode: z.boolean(),
  panel: z.object({ collapsed: z.boolean(), side: z.enum(["right", "left"]) }),
  dismissedChecklists: z.array(z.string().max(80)).max(200)
}) satisfies z.ZodType<Settings>

/**
 * Keeps every stored field that is still valid and falls back to the default for the rest,
 * so one bad field (or a field added in a later version) does not reset all choices.
 */
export function recoverSettings(stored: unknown): { settings: Settings; repaired: string[] } {
  const source = typeof stored === "object" && stored !== null ? (stored as Record<string, unknown>) : {}
  const settings: Record<string, unknown> = {}
  const repaired: string[] = []
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
    const field = SettingsSchema.shape[key]
    const parsed = field.safeParse(source[key])
    if (parsed.success) settings[key] = parsed.data
    else {
      settings[key] = structuredClone(DEFAULT_SETTINGS[key])
      if (key in source) repaired.push(key)
    }
  }
  return { settings: settings as unknown as Settings, repaired }
}
