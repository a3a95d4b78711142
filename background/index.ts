/**
 * Background: watches the network of known portal/gateway hosts, keeps the store (Dexie, in
 * the extension's own origin), answers the content scripts, popup and options page, and joins
 * the in-page panel's frame to its page.
 */
import { startMessageRouter } from "./messages"
import { startNetworkWatch } from "./network-watch"
import { startPanelRelay } from "./panel-relay"

startNetworkWatch()
startMessageRouter()
startPanelRelay()
