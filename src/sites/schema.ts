import * as z from "zod" // namespace import: the extension bundler empties the named `z` export

import { PAYMENT_METHOD_IDS } from "~src/flow/payment-methods"
import { FLOW_STEPS } from "~src/flow/steps"

import { isValidHostPattern } from "./host-pattern"

/**
 * zod mirror of src/sites/profile.ts, used by tests (and any import of profile data). Kept
 * out of the content script: src/sites/index.ts never imports it.
 */

const nonEmpty = z.string().trim().min(1)
const localized = z.object({ en: nonEmpty, "zh-CN": nonEmpty }).strict()
const httpsUrl = z.url({ protocol: /^https$/ })
const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "HH:MM, 24 h")

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: value })
    return true
  } catch {
    return false
  }
}
const timeZone = z.string().refine(isTimeZone, "an IANA time zone")

export const StepRuleSchema = z
  .object({
    step: z.enum(FLOW_STEPS),
    url: z.array(z.instanceof(RegExp)).min(1).optional(),
    selectors: z.array(nonEmpty).min(1).optional(),
    text: z.array(nonEmpty).min(1).optional(),
    autocomplete: z.array(z.string().regex(/^[a-z][a-z0-9-]*$/)).min(1).optional(),
    weight: z.number().positive().max(5).optional()
  })
  .strict()
  .refine((rule) => rule.url || rule.selectors || rule.text || rule.autocomplete, "a rule needs at least one criterion")

export const SourceSchema = z.object({ url: httpsUrl, fact: nonEmpty, verified: z.boolean() }).strict()

export const SiteProfileSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "kebab-case"),
    names: localized,
    country: z.string().regex(/^[A-Z]{2}$/).nullable(),
    kind: z.enum(["portal", "gateway", "bank-verification"]),
    hosts: z.array(z.string().refine(isValidHostPattern, "host pattern: x.y or *.x.y, lower case")),
    pathPrefixes: z.array(z.string().startsWith("/")).min(1).optional(),
    languages: z.array(z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, "BCP 47")).min(1),
    steps: z.array(StepRuleSchema).min(1),
    errorRegions: z.array(nonEmpty),
    payment: z
      .object({
        accepted: z.array(z.enum(PAYMENT_METHOD_IDS as [string, ...string[]])),
        notAccepted: z.array(z.enum(PAYMENT_METHOD_IDS as [string, ...string[]])).optional(),
        currency: z.string().regex(/^[A-Z]{3}$/).optional(),
        gateways: z.array(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)).optional(),
        unverified: z.boolean().optional()
      })
      .strict()
      .optional(),
    timeZone: timeZone.optional(),
    maintenance: z
      .array(
        z
          .object({
            days: z.array(z.number().int().min(0).max(6)).min(1).optional(),
            start: hhmm,
            end: hhmm,
            timeZone,
            note: localized,
            unverified: z.boolean().optional()
          })
          .strict()
      )
      .optional(),
    browsers: z
      .object({
        minimum: z
          .object({
            chrome: z.number().int().positive(),
            edge: z.number().int().positive(),
            firefox: z.number().int().positive(),
            safari: z.number().int().positive()
          })
          .partial()
          .strict()
          .optional(),
        recommended: z.array(nonEmpty)
      })
      .strict()
      .optional(),
    hints: z.partialRecord(z.enum(FLOW_STEPS), z.array(localized).min(1)).optional(),
    notes: z.array(localized).optional(),
    sources: z.array(SourceSchema).min(1),
    testUrls: z.array(httpsUrl)
  })
  .strict()

export type SiteProfileInput = z.input<typeof SiteProfileSchema>
