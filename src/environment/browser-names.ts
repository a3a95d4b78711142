/** How people write the browsers our ids name (src/environment/parse-user-agent.ts). Brand names: the same in every language. */
const BROWSER_NAMES: Record<string, string> = {
  chrome: "Chrome",
  chromium: "Chromium",
  edge: "Edge",
  firefox: "Firefox",
  safari: "Safari",
  opera: "Opera",
  samsung: "Samsung Internet",
  ie: "Internet Explorer",
  qq: "QQ Browser",
  uc: "UC Browser",
  yandex: "Yandex Browser",
  wechat: "WeChat",
  vivaldi: "Vivaldi",
  brave: "Brave"
}

export function browserDisplayName(id: string): string {
  return BROWSER_NAMES[id.toLowerCase()] ?? id
}

/** "Chrome 156", "Safari 17.4" — the major version is what a volunteer asks for. */
export function browserLabel(browser: { name: string; version: string; major: number | null }): string {
  return `${browserDisplayName(browser.name)} ${browser.major ?? browser.version}`.trim()
}
