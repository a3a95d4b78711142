import { MAX_NETWORK_EVENTS_PER_TAB, type NetworkEvent } from "./types"

/** The last failed requests of each tab, newest last; the background keeps one of these. */
export class TabNetworkLog {
  private readonly byTab = new Map<number, NetworkEvent[]>()

  constructor(private readonly limit = MAX_NETWORK_EVENTS_PER_TAB) {}

  add(tabId: number, event: NetworkEvent): void {
    const events = this.byTab.get(tabId) ?? []
    events.push(event)
    if (events.length > this.limit) events.splice(0, events.length - this.limit)
    this.byTab.set(tabId, events)
  }

  /** A copy: callers may not change the log. */
  list(tabId: number): NetworkEvent[] {
    return [...(this.byTab.get(tabId) ?? [])]
  }

  clear(tabId: number): void {
    this.byTab.delete(tabId)
  }
}
