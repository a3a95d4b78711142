import browser from "webextension-polyfill"

import { PANEL_FRAME_PORT } from "~src/messaging/panel-frame"
import { panelFrameTab, relayPanelFrame, type RelayPort } from "~src/messaging/panel-relay"

/**
 * The in-page panel's port: the browser tells us which tab the frame is in (port.sender.tab),
 * so the frame never needs the tabs API, which Firefox does not give it. We connect to that
 * tab's top-frame content script and relay both ways.
 */
export function startPanelRelay(): void {
  browser.runtime.onConnect.addListener((port) => {
    const tabId = panelFrameTab(port as unknown as Parameters<typeof panelFrameTab>[0], browser.runtime.id)
    if (tabId === null) return
    relayPanelFrame(port as unknown as RelayPort, () => browser.tabs.connect(tabId, { name: PANEL_FRAME_PORT, frameId: 0 }) as unknown as RelayPort)
  })
}
