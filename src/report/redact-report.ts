import { capText } from "./cap-text"
import { redactText } from "./redact"
import { REPORT_LIMITS as L } from "./report-limits"
import type { ReportV1 } from "./schema"

/** Redacts, then shortens to the field's limit (a mark may be longer than what it replaced). */
const fit = (text: string, max: number) => capText(redactText(text).text, max)

/**
 * Applies redactText to every free-text field of a report: page path and step evidence,
 * error texts and codes, page script errors, network paths and error strings, evidence
 * parameters and the applicant's note. Ids, enums, numbers and times are left alone.
 * Idempotent: marks contain nothing a detector would take.
 */
export function redactReport(report: ReportV1): ReportV1 {
  const environment = { ...report.environment }
  if (environment.pageErrors) {
    environment.pageErrors = {
      ...environment.pageErrors,
      messages: environment.pageErrors.messages.map((message) => fit(message, L.pageErrorMessage))
    }
  }
  return {
    ...report,
    page: {
      ...report.page,
      path: fit(report.page.path, L.path),
      step: { ...report.page.step, evidence: report.page.step.evidence.map((line) => fit(line, L.stepEvidence)) }
    },
    errors: report.errors.map((error) => ({
      ...error,
      text: fit(error.text, L.errorText),
      ...(error.code === undefined ? {} : { code: fit(error.code, L.errorCode) })
    })),
    environment,
    network: report.network.map((event) => ({
      ...event,
      path: fit(event.path, L.path),
      ...(event.error === undefined ? {} : { error: fit(event.error, L.networkError) })
    })),
    diagnosis: report.diagnosis.map((item) => ({
      ...item,
      evidence: item.evidence.map((note) =>
        note.params
          ? {
              ...note,
              params: Object.fromEntries(
                Object.entries(note.params).map(([key, value]) => [key, typeof value === "string" ? fit(value, L.evidenceParam) : value])
              )
            }
          : note
      )
    })),
    ...(report.note === undefined ? {} : { note: fit(report.note, L.note) })
  }
}
