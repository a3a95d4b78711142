/** How a Report v1 document names itself; kept apart from the zod schema so the content script can use it. */
export const REPORT_FORMAT = "evisa-pay-report"
export const REPORT_VERSION = 1
/** Share codes start with this; the digit follows the report version. */
export const SHARE_CODE_PREFIX = `EVPR${REPORT_VERSION}.`
