import type { FlowStep } from "~src/flow/steps"

import { isProblemOutcome } from "./outcome"
import { readOutcomeStatements } from "./outcome-statements"
import type { PageReader } from "./page-reader"
import { stepNote } from "./step-notes"

/**
 * What the page says about its step, whatever its address: a page stating that the payment
 * failed, or that its outcome is unknown, is the confirmation step; one stating success with
 * a reference is the receipt. Read from the same outcome statements error capture keeps.
 * Notes name the kind of evidence, never the page's words (they go into the report).
 */
export interface ContentStepEvidence {
  step: FlowStep
  score: number
  notes: string[]
}

/** An outcome stated in a heading or status cell outweighs an address and a landmark or two. */
const OUTCOME_WEIGHT = 3
/** A form still asking for card details with a failure above it is the card step, shown again. */
const OUTCOME_WEIGHT_BESIDE_CARD_FORM = 1
const SUCCESS_WEIGHT = 1.5
const CARD_FORM_WEIGHT = 1
const REFERENCE_WEIGHT = 1.5

export function stepEvidenceFromContent(page: PageReader, showsCardForm: boolean): ContentStepEvidence[] {
  // A card form still on screen is the card step, whatever error sits beside it ("Your card
  // was declined" under the card fields asks for another card, on this same form).
  const cardForm: ContentStepEvidence[] = showsCardForm ? [{ step: "card-entry", score: CARD_FORM_WEIGHT, notes: [stepNote.cardForm()] }] : []
  const statements = readOutcomeStatements(page)
  const problems = statements.filter((s) => isProblemOutcome(s.outcome))
  if (problems.length > 0) {
    const first = problems[0]
    return [
      ...cardForm,
      {
        step: "confirmation",
        score: showsCardForm ? OUTCOME_WEIGHT_BESIDE_CARD_FORM : OUTCOME_WEIGHT,
        notes: [stepNote.outcome(first.outcome, first.kind)]
      }
    ]
  }
  const success = statements.find((s) => s.outcome === "success")
  if (!success) return cardForm
  const reference = page.words?.referencePhrases.find((phrase) => page.hasPhrase(phrase))
  return [
    ...cardForm,
    {
      step: "receipt",
      score: SUCCESS_WEIGHT + (reference ? REFERENCE_WEIGHT : 0),
      notes: [stepNote.outcome("success", success.kind), ...(reference ? [stepNote.reference(reference)] : [])]
    }
  ]
}
