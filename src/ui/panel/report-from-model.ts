import { buildReport } from "~src/report/build"
import type { ReportV1 } from "~src/report/schema"

import type { PanelModel } from "./model"

export interface ToolInfo {
  name: string
  version: string
}

/** The redacted report for what the panel shows: the in-page panel and the side panel build the same one. */
export function reportFromModel(model: PanelModel, tool: ToolInfo, now = new Date()): ReportV1 {
  return buildReport({
    pageState: model.state,
    environment: model.environment,
    network: model.network,
    diagnosis: model.diagnosis,
    answers: model.answers,
    tried: model.tried,
    locale: model.locale,
    now,
    tool,
    portalTimeZone: model.profile?.timeZone
  })
}
