import { useEffect, useState } from "preact/hooks"
import browser from "webextension-polyfill"

import { pickLocale, type Locale } from "~src/i18n/locale"
import type { ActiveTabState, Message } from "~src/messaging/protocol"
import { DB_NAME, openStore } from "~src/store/db"
import { getSettings } from "~src/store/settings-store"
import { DIAGNOSIS_KNOWLEDGE } from "~src/ui/desk/diagnosis-knowledge"
import { Popup } from "~src/ui/popup/Popup"
import { analyseActiveTab } from "./analyse-active-tab"

async function activeTabId(): Promise<number | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true })
  return tab?.id ?? null
}

/** The language chosen in options, else the browser's; a store problem must not break the popup. */
async function chosenLocale(): Promise<Locale> {
  try {
    const db = await openStore(DB_NAME)
    try {
      return (await getSettings(db)).locale ?? pickLocale(navigator.languages)
    } finally {
      db.close()
    }
  } catch {
    return pickLocale(navigator.languages)
  }
}

async function sendToTab(tabId: number | null, message: Message): Promise<boolean> {
  if (tabId === null) return false
  try {
    await browser.tabs.sendMessage(tabId, message)
    return true
  } catch {
    return false // no content script in this tab (or it was reloaded)
  }
}

/** Popup entry: asks the background about the active tab and forwards the buttons. */
export default function PopupPage() {
  const [locale, setLocale] = useState<Locale>(() => pickLocale(navigator.languages))
  const [tabId, setTabId] = useState<number | null>(null)
  const [tabState, setTabState] = useState<ActiveTabState | null | undefined>(undefined)

  useEffect(() => {
    void chosenLocale().then(setLocale)
    void (async () => {
      const id = await activeTabId().catch(() => null)
      setTabId(id)
      if (id === null) return setTabState(null)
      const request: Message = { type: "get-active-tab-state", tabId: id }
      const answer = (await browser.runtime.sendMessage(request).catch(() => null)) as ActiveTabState | null | undefined
      setTabState(answer ?? null)
    })()
  }, [])

  // The page's language for screen readers and for fonts (axe: html-has-lang), as options does.
  useEffect(() => {
    document.documentElement.lang = locale
  }, [locale])

  return (
    <Popup
      locale={locale}
      tabState={tabState}
      causeTitle={DIAGNOSIS_KNOWLEDGE.causeTitle}
      onOpenPanel={async () => {
        const ok = await sendToTab(tabId, { type: "panel-command", command: "open" })
        if (ok) window.close()
        return ok
      }}
      onCopyReport={() => sendToTab(tabId, { type: "panel-command", command: "copy-report" })}
      onOpenDesk={() => {
        void browser.runtime.openOptionsPage()
        window.close()
      }}
      onAnalyse={() => (tabId === null ? Promise.resolve(false) : analyseActiveTab(tabId))}
    />
  )
}
