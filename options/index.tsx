import { useEffect, useMemo, useState } from "preact/hooks"
import browser from "webextension-polyfill"

import { pickLocale, type Locale } from "~src/i18n/locale"
import { PROFILES } from "~src/sites"
import { DB_NAME, openStore, type EvphDatabase } from "~src/store/db"
import { getSettings } from "~src/store/settings-store"
import { DIAGNOSIS_KNOWLEDGE } from "~src/ui/desk/diagnosis-knowledge"
import { decodeForDesk } from "~src/ui/desk/share-decode"
import { describeStoreError } from "~src/ui/options/describe-store-error"
import { messages } from "~src/ui/options/messages"
import { Options } from "~src/ui/options/Options"
import { createStoreServices } from "~src/ui/options/store-services"

/** Offers the export file as a download (no network: a local Blob URL). */
function downloadJson(fileName: string, json: string) {
  const url = URL.createObjectURL(new Blob([json], { type: "application/json" }))
  const link = document.createElement("a")
  link.href = url
  link.download = fileName
  link.click()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

const copyText = (text: string) => navigator.clipboard.writeText(text)

/** Options page entry: wires Dexie and the browser to src/ui/options. */
export default function OptionsPage() {
  const [db, setDb] = useState<EvphDatabase | null>(null)
  const [fatal, setFatal] = useState<{ id: "reload" } | { error: unknown } | null>(null)
  const [localeSetting, setLocaleSetting] = useState<Locale | null>(null)
  const locale = localeSetting ?? pickLocale(navigator.languages)

  useEffect(() => {
    let opened: EvphDatabase | null = null
    openStore(DB_NAME, { onVersionChange: () => setFatal({ id: "reload" }) })
      .then(async (database) => {
        opened = database
        setLocaleSetting((await getSettings(database)).locale)
        setDb(database)
      })
      .catch((error: unknown) => setFatal({ error }))
    return () => opened?.close()
  }, [])

  useEffect(() => {
    document.documentElement.lang = locale
    document.title = messages[locale]["page-title"]
  }, [locale])

  const services = useMemo(
    () => (db ? createStoreServices(db, locale, downloadJson, { name: "e-Visa Pay Helper", version: browser.runtime.getManifest().version }) : null),
    [db, locale]
  )
  const sites = useMemo(() => PROFILES.map((profile) => ({ id: profile.id, name: profile.names[locale] })), [locale])

  const fatalMessage = fatal ? ("id" in fatal ? messages[locale]["reload-needed"] : describeStoreError(fatal.error, locale)) : undefined
  if (!services && !fatalMessage) return null
  return (
    <Options
      locale={locale}
      services={services!}
      knowledge={DIAGNOSIS_KNOWLEDGE}
      decode={decodeForDesk}
      copyText={copyText}
      sites={sites}
      onLocaleSetting={setLocaleSetting}
      fatalMessage={fatalMessage}
      initialTab={location.hash === "#cases" ? "cases" : location.hash === "#settings" ? "settings" : "desk"}
    />
  )
}
