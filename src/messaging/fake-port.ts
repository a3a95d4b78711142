import type { RelayPort } from "./panel-relay"

/** A pair of connected in-memory ports, like the two ends of a runtime.Port (for tests). */
export interface FakePort extends RelayPort {
  readonly sent: unknown[]
  /** Delivers a message to this end, as if the other end posted it. */
  receive(message: unknown): void
  /** The other end went away. */
  dropRemote(): void
  readonly disconnected: boolean
}

export function fakePort(name: string): FakePort {
  const messageListeners: ((message: unknown) => void)[] = []
  const disconnectListeners: (() => void)[] = []
  const port = {
    name,
    sent: [] as unknown[],
    disconnected: false,
    postMessage(message: unknown) {
      if (port.disconnected) throw new Error("Attempting to use a disconnected port object")
      port.sent.push(message)
    },
    disconnect() {
      port.disconnected = true
    },
    onMessage: { addListener: (listener: (message: unknown) => void) => void messageListeners.push(listener) },
    onDisconnect: { addListener: (listener: () => void) => void disconnectListeners.push(listener) },
    receive(message: unknown) {
      for (const listener of messageListeners) listener(message)
    },
    dropRemote() {
      port.disconnected = true
      for (const listener of disconnectListeners) listener()
    }
  }
  return port
}
