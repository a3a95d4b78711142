/**
 * Runs inside payment frames (gateway card forms, bank verification pages) on known gateway
 * hosts and reports what the frame shows up to the top page's panel, through the background.
 * In the top frame it does nothing: the overlay reads that page itself.
 */
import type { PlasmoCSConfig } from "plasmo"

import type { Message, TabContext } from "~src/messaging/protocol"
import { ErrorTimeline } from "~src/page/error-timeline"
import { readPage } from "~src/page/read-page"
import { readingWordsFromWire } from "~src/page/reading-words"
import { watchPage } from "~src/page/watch-page"
import { findProfileIn } from "~src/sites/find-profile"
import { profileFromWire } from "~src/sites/wire"

import { extension } from "./overlay/extension-api"

export const config: PlasmoCSConfig = {
  // Replaced by scripts/build.ts with the matches generated from src/sites.
  matches: ["https://indianvisaonline.gov.in/*"],
  all_frames: true,
  run_at: "document_idle"
}

async function reportFrame(): Promise<void> {
  const ask: Message = { type: "get-tab-context" }
  const context = (await extension.runtime.sendMessage(ask).catch(() => null)) as TabContext | null
  const profiles = (context?.profiles ?? []).map(profileFromWire)
  const words = readingWordsFromWire(context?.readingWords)
  const timeline = new ErrorTimeline()
  let lastKey = ""
  const report = () => {
    const url = new URL(location.href)
    const state = readPage(document, url, timeline, new Date(), findProfileIn(url, profiles), words)
    const key = JSON.stringify([state.step.id, state.errors.map((e) => e.text)])
    if (key === lastKey || (state.step.id === "unknown" && state.errors.length === 0)) return
    lastKey = key
    const message: Message = { type: "frame-state", state }
    extension.runtime.sendMessage(message).catch(() => {})
  }
  report()
  watchPage(window, report, new AbortController().signal)
}

if (window.top !== window) void reportFrame()
