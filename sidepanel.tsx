/**
 * The same view as the in-page panel, in the browser's own side panel (Chrome sidePanel,
 * Firefox sidebar), for the active tab. It asks the tab's content script for the panel's
 * model and forwards the applicant's choices back to it; the words come from the whole
 * knowledge base, which an extension page can afford.
 */
import { useEffect, useRef, useState } from "preact/hooks"
import { render } from "preact"
import browser from "webextension-polyfill"

import { pickLocale } from "~src/i18n/locale"
import type { Message, PanelView } from "~src/messaging/protocol"
import { reportToChatText } from "~src/report/chat-text"
import { KNOWLEDGE_BASE_NAMES } from "~src/report/knowledge-base-names"
import { defaultKnowledge } from "~src/ui/panel/default-knowledge"
import type { PanelActions } from "~src/ui/panel/model"
import { Panel } from "~src/ui/panel/Panel"
import { PANEL_CSS } from "~src/ui/panel/styles"
import { messages } from "~src/ui/sidepanel/messages"
import { SIDE_PANEL_CSS } from "~src/ui/sidepanel/side-panel"

/** `sidepanel.html?tab=ID` shows that tab (for browsers without a side panel, opened as a window). */
const REQUESTED_TAB = Number(new URLSearchParams(location.search).get("tab")) || null

async function activeTabId(): Promise<number | null> {
  if (REQUESTED_TAB !== null) return REQUESTED_TAB
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true })
  return tab?.id ?? null
}

async function askTab<T>(tabId: number, message: Message): Promise<T | null> {
  try {
    return ((await browser.tabs.sendMessage(tabId, message, { frameId: 0 })) as T) ?? null
  } catch {
    return null // no panel in this tab (not a known portal, or not loaded yet)
  }
}

function proxyActions(tabId: number, view: PanelView): PanelActions {
  const forward = (action: Extract<Message, { type: "panel-action" }>["action"], ...args: unknown[]) =>
    askTab<unknown>(tabId, { type: "panel-action", action, args })
  return {
    setCollapsed: () => undefined, // the side panel is always open
    hideOnThisSite: () => void forward("hideOnThisSite"),
    recordTried: (fix, outcome) => void forward("recordTried", fix, outcome),
    runAction: async (action) => (await forward("runAction", action)) as Awaited<ReturnType<PanelActions["runAction"]>>,
    answer: (answers) => void forward("answer", answers),
    dismissChecklist: (id) => void forward("dismissChecklist", id),
    buildReport: () => {
      if (!view.report) throw new Error("the page has no report yet")
      return view.report
    },
    copyReport: async (report) => {
      try {
        await navigator.clipboard.writeText(reportToChatText(report, view.model.locale, KNOWLEDGE_BASE_NAMES))
        return true
      } catch {
        return false
      }
    }
  }
}

function SidePanel() {
  const [view, setView] = useState<PanelView | null>(null)
  const [tabId, setTabId] = useState<number | null>(null)
  const viewKey = useRef("")

  useEffect(() => {
    let stopped = false
    const refresh = async () => {
      const id = await activeTabId().catch(() => null)
      const next = id === null ? null : await askTab<PanelView>(id, { type: "get-panel-view" })
      if (stopped) return
      // Re-render only when something changed: a re-render would reset what the user is doing.
      const key = JSON.stringify([id, next?.model.state, next?.model.diagnosis, next?.model.answers, next?.model.tried, next?.model.attempts])
      if (key === viewKey.current) return
      viewKey.current = key
      setTabId(id)
      setView(next)
    }
    void refresh()
    const timer = setInterval(refresh, 1000)
    browser.tabs.onActivated.addListener(refresh)
    return () => {
      stopped = true
      clearInterval(timer)
      browser.tabs.onActivated.removeListener(refresh)
    }
  }, [])

  const locale = view?.model.locale ?? pickLocale(navigator.languages)
  if (!view || tabId === null) return <p class="evph-sidepanel-empty">{messages[locale].empty}</p>
  const model = { ...view.model, settings: { ...view.model.settings, panel: { ...view.model.settings.panel, collapsed: false } } }
  return <Panel model={model} actions={proxyActions(tabId, view)} knowledge={defaultKnowledge} />
}

/** Renders into a shadow root with the in-page panel's own styles, laid out for a side panel. */
function mount(): void {
  const host = document.getElementById("evph-sidepanel") ?? document.body.appendChild(document.createElement("div"))
  host.id = "evph-sidepanel"
  const root = host.attachShadow({ mode: "open" })
  const style = document.createElement("style")
  style.textContent = PANEL_CSS + SIDE_PANEL_CSS
  root.append(style)
  const container = document.createElement("div")
  root.append(container)
  render(<SidePanel />, container)
}

mount()

export default function SidePanelEntry() {
  return null
}
