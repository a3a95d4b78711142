import type { DiagnosisItem } from "~src/diagnosis/types"
import type { NetworkEvent } from "~src/network/types"

/**
 * Signs that the portal or its gateway is struggling (seed 2.3 "server load at peak times"):
 * a site/gateway cause among the top diagnoses, or timeouts and 5xx answers on the wire.
 */
export function portalSeemsSlow(diagnosis: readonly DiagnosisItem[], network: readonly NetworkEvent[]): boolean {
  if (diagnosis.slice(0, 3).some((item) => item.category === "site-or-gateway-error")) return true
  return network.some((event) => event.kind === "timeout" || (event.kind === "http" && (event.status ?? 0) >= 500))
}
