import browser from "webextension-polyfill"

import { PANEL_FRAME_PORT } from "~src/messaging/panel-frame"
import { PanelRelays, panelFrameTab, type RelayPort } from "~src/messaging/panel-relay"

const relays = new PanelRelays()

const connectToTab = (tabId: number) => () => browser.tabs.connect(tabId, { name: PANEL_FRAME_PORT, frameId: 0 }) as unknown as RelayPort

/**
 * The in-page panel's port: the browser tells us which tab the frame is in (port.sender.tab),
 * so the frame never needs the tabs API, which Firefox does not give it. We connect to that
 * tab's top-frame content script (or take the port preparePanelFrame opened) and relay both ways.
 */
export function startPanelRelay(): void {
  browser.runtime.onConnect.addListener((port) => {
    const tabId = panelFrameTab(port as unknown as Parameters<typeof panelFrameTab>[0], browser.runtime.id)
    if (tabId === null) return
    relays.join(tabId, port as unknown as RelayPort, connectToTab(tabId))
  })
  browser.tabs.onRemoved.addListener((tabId) => relays.forget(tabId))
}

/**
 * The page in this tab shows an error that opens its panel: connect to it now, so that the
 * panel's frame, which connects once it has loaded, gets its first view without waiting.
 */
export function preparePanelFrame(tabId: number): void {
  relays.prepare(tabId, connectToTab(tabId))
}
