/** The steps of an e-visa payment flow (design.md "Flow steps" contract). */
export const FLOW_STEPS = [
  "login",
  "application",
  "payment-method",
  "card-entry",
  "verification",
  "confirmation",
  "receipt"
] as const

export const STEP_IDS = [...FLOW_STEPS, "unknown"] as const

export type FlowStep = (typeof FLOW_STEPS)[number]
export type StepId = (typeof STEP_IDS)[number]

export function isStepId(value: unknown): value is StepId {
  return typeof value === "string" && (STEP_IDS as readonly string[]).includes(value)
}

/** Position of a step on the flow, 0-based; -1 for unknown. */
export function stepIndex(step: StepId): number {
  return (FLOW_STEPS as readonly string[]).indexOf(step)
}
