import * as z from "zod" // namespace import: the extension bundler empties the named `z` export

import { STEP_IDS } from "~src/flow/steps"

/**
 * Validates messages the background receives. Content scripts run beside untrusted pages,
 * so the background checks shape and size before it stores or acts on anything.
 * (zod lives here, in the background bundle, not in the content scripts.)
 */
const str = (max: number) => z.string().max(max)

const capturedError = z.object({
  text: str(600),
  code: str(40).optional(),
  source: str(30),
  firstSeen: str(40),
  lastSeen: str(40)
})

export const PageStateSchema = z.object({
  site: z.object({ id: str(60), name: z.object({ en: str(200), "zh-CN": str(200) }), kind: z.enum(["portal", "gateway", "bank-verification"]) }).nullable(),
  origin: str(300),
  path: str(2000),
  step: z.object({ id: z.enum(STEP_IDS), confidence: z.number().min(0).max(1), evidence: z.array(str(300)).max(30) }),
  errors: z.array(capturedError).max(20),
  signals: z.object({
    cardForm: z.boolean(),
    otpInput: z.boolean(),
    threeDSFrame: z.boolean(),
    processing: z.boolean(),
    stuckSeconds: z.number().min(0).max(86_400).optional()
  })
})

const attempt = z.object({ time: str(40), siteId: str(60).nullable(), outcome: z.enum(["failed", "unknown", "succeeded"]) })

const settingsPatch = z
  .object({
    locale: z.enum(["zh-CN", "en"]).nullable(),
    autoOpenOnError: z.boolean(),
    disabledSites: z.array(str(60)).max(200),
    volunteerMode: z.boolean(),
    panel: z.object({ collapsed: z.boolean(), side: z.enum(["right", "left"]) }).partial(),
    dismissedChecklists: z.array(str(120)).max(500)
  })
  .partial()
  .strict()

const pageEnvironment = z.object({
  cookieEnabled: z.boolean(),
  onLine: z.boolean(),
  connection: z
    .object({ effectiveType: str(20).optional(), downlink: z.number().optional(), rtt: z.number().optional(), saveData: z.boolean().optional() })
    .nullable()
    .optional(),
  viewport: z.object({ width: z.number(), height: z.number() }),
  devicePixelRatio: z.number(),
  outerWidth: z.number().optional(),
  innerWidth: z.number().optional(),
  pageErrors: z.object({ count: z.number().int().min(0), messages: z.array(str(1000)).max(10) }).optional()
})

const answers = z
  .object({
    paymentMethod: str(30),
    cardType: z.enum(["credit", "debit", "prepaid", "unknown"]),
    issuerCountry: str(2),
    codeReceived: z.enum(["yes", "no", "not-asked"]),
    virtualPhone: z.boolean(),
    phoneDiffersFromBank: z.boolean(),
    chargedWithoutReceipt: z.boolean(),
    device: z.enum(["computer", "phone", "tablet"])
  })
  .partial()

export const MessageSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("analyse"), state: PageStateSchema, environment: pageEnvironment, answers }),
  z.object({ type: z.literal("page-state"), state: PageStateSchema, topCause: str(80).nullable() }),
  z.object({ type: z.literal("get-tab-context") }),
  z.object({ type: z.literal("record-attempt"), attempt }),
  z.object({ type: z.literal("record-tried"), siteId: str(60).nullable(), fix: str(80), outcome: z.enum(["helped", "did-not-help"]) }),
  z.object({ type: z.literal("clear-site-data"), origins: z.array(str(300)).min(1).max(10) }),
  z.object({ type: z.literal("get-active-tab-state"), tabId: z.number().int() }),
  z.object({ type: z.literal("panel-command"), command: z.enum(["open", "copy-report"]) }),
  z.object({ type: z.literal("frame-state"), state: PageStateSchema }),
  z.object({ type: z.literal("update-settings"), patch: settingsPatch }),
  z.object({ type: z.literal("open-desk") })
])

export type ValidMessage = z.infer<typeof MessageSchema>

export function parseMessage(value: unknown): ValidMessage | null {
  const result = MessageSchema.safeParse(value)
  return result.success ? result.data : null
}
