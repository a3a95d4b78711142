/**
 * The panel as an extension page, in two places:
 * - the browser's own side panel (Chrome sidePanel, Firefox sidebar), for the active tab;
 *   `sidepanel.html?tab=ID` shows one tab (browsers without a side panel open it as a window);
 * - `sidepanel.html?embedded=1`, the frame the content script puts on the portal's page.
 * Either way the page's content script owns the state: this page draws its model and sends
 * the applicant's choices back. The words come from the whole knowledge base, which an
 * extension page can afford and a portal's page never has to load.
 */
import { render } from "preact"
import { useEffect, useMemo, useRef, useState } from "preact/hooks"
import browser from "webextension-polyfill"

import { pickLocale } from "~src/i18n/locale"
import { PANEL_FRAME_PORT, parseToPanelFrame, type PanelActionName, type ToPanelFrame } from "~src/messaging/panel-frame"
import type { Message, PanelView } from "~src/messaging/protocol"
import { defaultKnowledge } from "~src/ui/panel/default-knowledge"
import { Panel } from "~src/ui/panel/Panel"
import { PANEL_CSS } from "~src/ui/panel/styles"
import { messages } from "~src/ui/sidepanel/messages"
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
 * The frame on the portal's page: connects a port to this tab's top-frame content script,
 * which pushes the model whenever it changes and answers the panel's actions.
 */
function EmbeddedPanel() {
  const [view, setView] = useState<Extract<ToPanelFrame, { kind: "view" }> | null>(null)
  const port = useRef<browser.Runtime.Port | null>(null)
  const waiting = useRef(new Map<number, (result: unknown) => void>())
  const nextId = useRef(1)

  useEffect(() => {
    let closed = false
    void browser.tabs.getCurrent().then((tab) => {
      if (closed || tab?.id === undefined) return
      const connected = browser.tabs.connect(tab.id, { name: PANEL_FRAME_PORT, frameId: 0 })
      connected.onMessage.addListener((raw: unknown) => {
        const message = parseToPanelFrame(raw)
        if (message?.kind === "view") setView(message)
        if (message?.kind === "action-result") {
          waiting.current.get(message.id)?.(message.result)
          waiting.current.delete(message.id)
        }
      })
      connected.onDisconnect.addListener(() => {
        port.current = null
        for (const resolve of waiting.current.values()) resolve(null)
        waiting.current.clear()
      })
      port.current = connected
    })
    return () => {
      closed = true
      port.current?.disconnect()
    }
  }, [])

  const model = view?.model ?? null
  const actions = useMemo(() => {
    if (!model) return null
    const callPage: CallPage = (action: PanelActionName, ...args: unknown[]) =>
      new Promise((resolve) => {
        if (!port.current) return resolve(null)
        const id = nextId.current++
        waiting.current.set(id, resolve)
        port.current.postMessage({ kind: "action", id, action, args })
      })
    return remoteActions(model, callPage, defaultKnowledge, TOOL, document)
  }, [model])

  if (!view || !actions) return null
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
