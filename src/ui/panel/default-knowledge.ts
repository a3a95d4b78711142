// The causes' words (cause-texts.json), the fixes and the notes' wording, each from its own
// file: not ~src/diagnosis/index or the registry, which would bring every cause's patterns and
// examples, diagnose() and every site profile into the panel's frame, parsed on every open,
// for nothing (the background diagnoses).
import { getCauseText } from "~src/diagnosis/cause-texts"
import { describeEvidence } from "~src/diagnosis/describe-evidence"
import { getFix } from "~src/diagnosis/fix-registry"
import { KNOWLEDGE_BASE_NAMES } from "~src/report/knowledge-base-names"
import { previewItems, withNote, withoutItems } from "~src/report/preview"

import type { PanelKnowledge } from "./knowledge"

type ChatText = typeof import("~src/report/chat-text").reportToChatText

/**
 * The chat text ends with the share code, whose DEFLATE compressor (fflate) builds its code
 * tables as soon as it is evaluated: about half of the panel script's own time at load
 * (bench/README.md, "The panel's script at load"). Every frame that opens for an error paid it,
 * for a report most applicants copy later or never; so the chat text and its compressor are a
 * separate file, loaded on first use or in the first idle moment after the panel is drawn
 * (Panel.tsx).
 */
let chatTextCode: ChatText | null = null
let loading: Promise<void> | null = null

function loadChatText(): Promise<void> {
  loading ??= import("~src/report/chat-text").then(
    (module) => {
      chatTextCode = module.reportToChatText
    },
    (error: unknown) => {
      loading = null // a later call tries again
      throw error
    }
  )
  return loading
}

/**
 * The panel's knowledge wired to the knowledge base's words. The panel only ever
 * runs in extension pages (the in-page panel is an extension frame, see
 * contents/overlay), so the knowledge base never loads into a portal's page.
 */
export const defaultKnowledge: PanelKnowledge = {
  cause: getCauseText,
  fix: getFix,
  describeEvidence,
  previewItems: (report, locale) => previewItems(report, locale, KNOWLEDGE_BASE_NAMES),
  withoutItems,
  withNote,
  chatText: (report, locale) => {
    if (chatTextCode) return chatTextCode(report, locale, KNOWLEDGE_BASE_NAMES)
    loadChatText().catch(() => undefined)
    return null
  },
  chatTextReady: loadChatText
}
