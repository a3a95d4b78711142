/**
 * The panel as an extension page, in two places:
 * - the browser's own side panel (Chrome sidePanel, Firefox sidebar), for the active tab;
 *   `sidepanel.html?tab=ID` shows one tab (browsers without a side panel open it as a window);
 * - `sidepanel.html?embedded=1`, the frame the content script puts on the portal's page.
 * Either way the page's content script owns the state: this page draws its model and sends
 * the applicant's choices back. The causes' and fixes' words come from
 * src/diagnosis/cause-texts.json and the fix files (src/ui/panel/default-knowledge.ts), never
 * from the cause files' patterns: the frame parses all it imports each time an error opens it.
 */
import { render } from "preact"
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from "preact/hooks"

import { extension as browser } from "~contents/overlay/extension-api"
import { pickLocale } from "~src/i18n/locale"
import { CLOSE_PANEL_FRAME, PANEL_FRAME_PORT, type PanelActionName } from "~src/messaging/panel-frame"
import type { RelayPort } from "~src/messaging/panel-relay"
import type { Message, PanelView as SidePanelView } from "~src/messaging/protocol"
import { defaultKnowledge } from "~src/ui/panel/default-knowledge"
import { Panel } from "~src/ui/panel/Panel"
import { PANEL_CSS } from "~src/ui/panel/styles"
import { messages } from "~src/ui/sidepanel/messages"
import { PanelConnection, type ConnectionStatus, type PanelView } from "~src/ui/sidepanel/panel-connection"
import { remoteActions, type CallPage } from "~src/ui/sidepanel/remote-actions"
import { EMBEDDED_PANEL_CSS, SIDE_PANEL_CSS } from "~src/ui/sidepanel/side-panel"

const params = new URLSearchParams(location.search)
const EMBEDDED = params.get("embedded") === "1"
/** `?tab=ID` shows that tab (for browsers without a side panel, opened as a window). */
const REQUESTED_TAB = Number(params.get("tab")) || null
const TOOL = { name: "e-Visa Pay Helper", version: browser.runtime.getManifest().version }

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

/** The browser's side panel: asks the active tab's content script for its model once a second. */
function SidePanel() {
  const [view, setView] = useState<SidePanelView | null>(null)
  const [tabId, setTabId] = useState<number | null>(null)
  const viewKey = useRef("")

  useEffect(() => {
    let stopped = false
    const refresh = async () => {
      const id = await activeTabId().catch(() => null)
      const next = id === null ? null : await askTab<SidePanelView>(id, { type: "get-panel-view" })
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

  const actions = useMemo(() => {
    if (!view || tabId === null) return null
    const callPage: CallPage = (action, ...args) => askTab<unknown>(tabId, { type: "panel-action", action, args })
    return remoteActions(view.model, callPage, defaultKnowledge, TOOL, document)
  }, [view, tabId])

  const locale = view?.model.locale ?? pickLocale(navigator.languages)
  if (!view || !actions) return <p class="evph-sidepanel-empty">{messages[locale].empty}</p>
  return <Panel model={view.model} actions={actions} knowledge={defaultKnowledge} collapse="none" />
}

/**
 * The frame on the portal's page. It cannot reach its tab itself (Firefox gives an extension
 * page framed in a web page no tabs API), so it opens a port to the background, which knows
 * the frame's tab from the port and relays to that tab's top-frame content script: the
 * content script pushes the model whenever it changes and answers the panel's actions.
 */
function EmbeddedPanel() {
  const [view, setView] = useState<PanelView | null>(null)
  const [status, setStatus] = useState<ConnectionStatus>("connecting")
  const connection = useMemo(
    () =>
      new PanelConnection({
        connect: () => browser.runtime.connect({ name: PANEL_FRAME_PORT }) as unknown as RelayPort,
        onView: setView,
        onStatus: setStatus
      }),
    []
  )

  // A layout effect, not an effect: the panel draws nothing until the page's first view comes
  // through this link, and an effect would open it only after the frame's first paint, a frame
  // later (bench/README.md: about 10 ms of the no-input case in Chromium).
  useLayoutEffect(() => {
    connection.start()
    // The frame is removed (Close, the page navigating): its port drops as the window goes, and
    // a reconnect timer set then would run in a dead window. Stop first.
    const stop = () => connection.close()
    window.addEventListener("pagehide", stop)
    return () => {
      window.removeEventListener("pagehide", stop)
      connection.close()
    }
  }, [connection])

  const model = view?.model ?? null
  const actions = useMemo(() => {
    if (!model) return null
    const callPage: CallPage = (action: PanelActionName, ...args: unknown[]) => connection.call(action, args)
    return remoteActions(model, callPage, defaultKnowledge, TOOL, document)
  }, [model, connection])

  if (!view || !actions) return status === "failed" ? <PanelUnavailable /> : null
  return (
    <Panel
      model={view.model}
      actions={actions}
      knowledge={defaultKnowledge}
      collapse="host"
      focusRequest={view.focusRequest}
      reportRequest={view.reportRequest}
    />
  )
}

/**
 * Shown in the frame when it could not reach its page: a few words in both languages (the
 * applicant's choice of language lives in the page it cannot reach) and a way to close it.
 */
function PanelUnavailable() {
  const first = pickLocale(navigator.languages)
  const locales = [first, first === "en" ? "zh-CN" : "en"] as const
  return (
    <div class="evph-frame-failed" role="alert">
      {locales.map((locale) => (
        <p key={locale} lang={locale}>
          {messages[locale].frameFailed}
        </p>
      ))}
      <button type="button" onClick={() => window.parent.postMessage({ kind: CLOSE_PANEL_FRAME }, "*")}>
        {locales.map((locale) => messages[locale].frameClose).join(" · ")}
      </button>
    </div>
  )
}

/** Renders into a shadow root with the panel's own styles, laid out for where it is. */
function mount(): void {
  const host = document.getElementById("evph-sidepanel") ?? document.body.appendChild(document.createElement("div"))
  host.id = "evph-sidepanel"
  const root = host.attachShadow({ mode: "open" })
  const style = document.createElement("style")
  style.textContent = PANEL_CSS + (EMBEDDED ? EMBEDDED_PANEL_CSS : SIDE_PANEL_CSS)
  root.append(style)
  const container = document.createElement("div")
  root.append(container)
  render(EMBEDDED ? <EmbeddedPanel /> : <SidePanel />, container)
}

mount()

export default function SidePanelEntry() {
  return null
}
