import type { FlowStep } from "~src/flow/steps"

import type { Outcome } from "./outcome"

/**
 * The evidence notes step detection writes when it reads the page's content rather than a
 * site rule. They are stored in reports as plain strings (Report v1 keeps `step.evidence`
 * as text), so each is written in one fixed form here and parsed back here, and the panel
 * and the desk put them into the reader's language from their own catalogues
 * (`stepNote.*` keys). Notes never hold the page's words: only kinds and ids.
 */
export type StepNote =
  | { id: "outcome"; outcome: Outcome; where: string }
  | { id: "reference" }
  | { id: "card-form" }
  | { id: "content" }
  | { id: "too-weak"; step: string }

export const stepNote = {
  outcome: (outcome: Outcome, where: string) => `outcome ${outcome} (${where})`,
  reference: (label: string) => `reference "${label}"`,
  cardForm: () => "card form shown",
  content: () => "content (no site rule knows this address)",
  tooWeak: (step: FlowStep) => `too weak for ${step}`
}

/** The note in structured form, or null for a rule's own note ("url …", "selector …", "text …"). */
export function parseStepNote(note: string): StepNote | null {
  let m = /^outcome (failure|unknown|success|neutral) \(([a-z-]+)\)$/.exec(note)
  if (m) return { id: "outcome", outcome: m[1] as Outcome, where: m[2] }
  if (/^reference "/.test(note)) return { id: "reference" }
  if (note === stepNote.cardForm()) return { id: "card-form" }
  if (note === stepNote.content()) return { id: "content" }
  m = /^too weak for ([a-z-]+)$/.exec(note)
  if (m) return { id: "too-weak", step: m[1] }
  return null
}

/** The words each area's catalogue holds for these notes (`vol.stepNote.<id>`, `step-note-<id>`). */
export type StepNoteWord = "outcomeFailure" | "outcomeUnknown" | "outcomeSuccess" | "reference" | "cardForm" | "content" | "tooWeak"

/**
 * A note in the reader's words through `say` (the area's catalogue), when it is one of the
 * notes above; a site rule's own note ("url …", "selector …") is technical already and stays
 * as written.
 */
export function describeStepNote(note: string, say: (word: StepNoteWord, params: Record<string, string>) => string): string {
  const parsed = parseStepNote(note)
  if (!parsed) return note
  switch (parsed.id) {
    case "outcome":
      if (parsed.outcome === "failure") return say("outcomeFailure", { where: parsed.where })
      if (parsed.outcome === "unknown") return say("outcomeUnknown", { where: parsed.where })
      if (parsed.outcome === "success") return say("outcomeSuccess", { where: parsed.where })
      return note
    case "reference":
      return say("reference", {})
    case "card-form":
      return say("cardForm", {})
    case "content":
      return say("content", {})
    case "too-weak":
      return say("tooWeak", { step: parsed.step })
  }
}
