/**
 * Background: watches the network of known portal/gateway hosts, keeps the store (Dexie, in
 * the extension's own origin) and answers the content scripts, popup and options page.
 */
import { startMessageRouter } from "./messages"
import { startNetworkWatch } from "./network-watch"

startNetworkWatch()
startMessageRouter()
