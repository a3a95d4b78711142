import { useEffect, useState } from "preact/hooks"

import { translator } from "~src/i18n/catalogue"
import { isLocale, type Locale } from "~src/i18n/locale"
import type { IncidentRecord } from "~src/store/records"
import type { Settings } from "~src/store/settings"
import type { SettingsPatch } from "~src/store/settings-store"
import { stepLabel } from "~src/ui/desk/step-labels"
import { messages } from "./messages"
import type { SettingsServices } from "./settings-services"

export interface KnownSite {
  id: string
  name: string
}

interface Props {
  locale: Locale
  services: SettingsServices
  /** Sites the extension knows (from src/sites PROFILES), names in `locale`. */
  sites: readonly KnownSite[]
  /** The page re-renders in the new language. */
  onSettingsChanged?(settings: Settings): void
}

export function SettingsView({ locale, services, sites, onSettingsChanged }: Props) {
  const t = translator(messages, locale)
  const [settings, setSettingsState] = useState<Settings | null>(null)
  const [incidents, setIncidents] = useState<IncidentRecord[]>([])
  const [status, setStatus] = useState("")
  const [confirming, setConfirming] = useState(false)

  useEffect(() => {
    Promise.all([services.getSettings(), services.recentIncidents()])
      .then(([loaded, history]) => {
        setSettingsState(loaded)
        setIncidents(history)
      })
      .catch((error: unknown) => setStatus(services.describeStoreError(error)))
  }, [services])

  const save = async (patch: SettingsPatch) => {
    try {
      const next = await services.setSettings(patch)
      setSettingsState(next)
      setStatus(t("saved"))
      onSettingsChanged?.(next)
    } catch (error) {
      setStatus(services.describeStoreError(error))
    }
  }

  const deleteAll = async () => {
    try {
      await services.deleteAllData()
      setConfirming(false)
      setIncidents([])
      setSettingsState(await services.getSettings())
      setStatus(t("deleted"))
    } catch (error) {
      setStatus(services.describeStoreError(error))
    }
  }

  if (!settings) return <p role="status">{status}</p>
  const siteName = (id: string | null) => (id ? (sites.find((s) => s.id === id)?.name ?? id) : t("history-unknown-site"))

  return (
    <div class="settings">
      <p role="status" class="status">
        {status}
      </p>
      <section aria-labelledby="settings-general">
        <h2 id="settings-general">{t("settings-title")}</h2>
        <div class="field">
          <label for="settings-language">{t("language")}</label>
          <select
            id="settings-language"
            name="language"
            onChange={(event) => {
              // Our own form, read through FormData: the desk reads no element's .value.
              const chosen = new FormData(event.currentTarget.form ?? undefined).get("language")
              void save({ locale: isLocale(chosen) ? chosen : null })
            }}>
            <option value="auto" selected={settings.locale === null}>
              {t("language-auto")}
            </option>
            <option value="zh-CN" selected={settings.locale === "zh-CN"}>
              {t("language-zh-CN")}
            </option>
            <option value="en" selected={settings.locale === "en"}>
              {t("language-en")}
            </option>
          </select>
        </div>
        <label class="check">
          <input type="checkbox" checked={settings.autoOpenOnError} onChange={(event) => void save({ autoOpenOnError: event.currentTarget.checked })} />
          {t("auto-open")}
        </label>
        <label class="check">
          <input type="checkbox" checked={settings.volunteerMode} onChange={(event) => void save({ volunteerMode: event.currentTarget.checked })} />
          {t("volunteer-mode")}
        </label>
      </section>

      <section aria-labelledby="settings-sites">
        <h2 id="settings-sites">{t("sites-title")}</h2>
        {sites.length === 0 ? (
          <p class="muted">{t("sites-none")}</p>
        ) : (
          <fieldset>
            <legend>{t("sites-intro")}</legend>
            {sites.map((site) => (
              <label key={site.id} class="check">
                <input
                  type="checkbox"
                  checked={!settings.disabledSites.includes(site.id)}
                  onChange={(event) => {
                    const enabled = event.currentTarget.checked
                    const others = settings.disabledSites.filter((id) => id !== site.id)
                    void save({ disabledSites: enabled ? others : [...others, site.id] })
                  }}
                />
                {site.name}
              </label>
            ))}
          </fieldset>
        )}
      </section>

      <section aria-labelledby="settings-history">
        <h2 id="settings-history">{t("history-title")}</h2>
        <p class="muted">{t("history-intro")}</p>
        {incidents.length === 0 ? (
          <p class="muted">{t("history-empty")}</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">{t("history-col-time")}</th>
                <th scope="col">{t("history-col-site")}</th>
                <th scope="col">{t("history-col-step")}</th>
                <th scope="col">{t("history-col-error")}</th>
              </tr>
            </thead>
            <tbody>
              {incidents.map((incident) => (
                <tr key={incident.id}>
                  <td>{new Date(incident.time).toLocaleString(locale)}</td>
                  <td>{siteName(incident.siteId)}</td>
                  <td>{stepLabel(incident.step, locale)}</td>
                  <td>{incident.errorExcerpt}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="settings-data">
        <h2 id="settings-data">{t("data-title")}</h2>
        <p class="muted">{t("data-intro")}</p>
        <div class="actions">
          <button type="button" onClick={() => services.exportData().catch((error: unknown) => setStatus(services.describeStoreError(error)))}>
            {t("export-all")}
          </button>
          {!confirming && (
            <button type="button" class="danger" onClick={() => setConfirming(true)}>
              {t("delete-all")}
            </button>
          )}
        </div>
        {confirming && (
          <div role="alertdialog" aria-labelledby="delete-question" class="confirm">
            <p id="delete-question">{t("delete-confirm-question")}</p>
            <button type="button" class="danger" onClick={() => void deleteAll()}>
              {t("delete-confirm-yes")}
            </button>
            <button type="button" class="secondary" autoFocus onClick={() => setConfirming(false)}>
              {t("delete-confirm-no")}
            </button>
          </div>
        )}
      </section>
    </div>
  )
}
