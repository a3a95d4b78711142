import type { ElementHandle, Frame, Page } from "puppeteer-core"

import { EXTENSION_ORIGIN } from "./harness"

/**
 * Drives the in-page panel in Firefox the way a person does: finds buttons by their visible
 * words (either language) and clicks them with real input, so copying gets the user
 * activation it needs. The panel is an extension page framed by our content script; its
 * document renders into an open shadow root (#evph-sidepanel).
 */

/** Puppeteer's frame.url() stays "about:blank" for an extension frame here; ask the frame itself. */
export async function findPanelFrame(page: Page, timeout = 10_000): Promise<Frame> {
  const deadline = Date.now() + timeout
  for (;;) {
    for (const frame of page.frames()) {
      if (frame === page.mainFrame()) continue
      const href = await frame.evaluate(() => location.href).catch(() => "")
      if (href.startsWith(`${EXTENSION_ORIGIN}/sidepanel.html`)) return frame
    }
    if (Date.now() > deadline) throw new Error("the panel's frame did not appear on the page")
    await sleep(100)
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

/** Waits until `check` returns a truthy value (polling), or fails with `what`. */
export async function waitFor<T>(what: string, check: () => Promise<T>, timeout = 10_000): Promise<T> {
  const deadline = Date.now() + timeout
  let last: unknown
  for (;;) {
    try {
      const value = await check()
      if (value) return value
    } catch (error) {
      last = error
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ""}`)
    await sleep(100)
  }
}

/** The panel's visible text, or "" while it has not rendered. */
export async function panelText(frame: Frame): Promise<string> {
  return frame.evaluate(() => {
    const panel = document.querySelector("#evph-sidepanel")?.shadowRoot?.querySelector<HTMLElement>("#evph-panel")
    return panel?.innerText ?? ""
  })
}

/** Waits for the panel to show `text` and returns all its text. */
export async function waitForPanelText(frame: Frame, text: RegExp | string, timeout = 10_000): Promise<string> {
  return waitFor(`the panel to show ${String(text)}`, async () => {
    const shown = await panelText(frame)
    return (typeof text === "string" ? shown.includes(text) : text.test(shown)) ? shown : ""
  }, timeout)
}

/**
 * The first visible element in the panel matching `selector` whose own words (aria-label, else
 * its text) match `name`. `selector` may start with a scope, e.g. "article.evph-card button".
 */
export async function panelElement(frame: Frame, selector: string, name: RegExp): Promise<ElementHandle<HTMLElement>> {
  return waitFor<ElementHandle<HTMLElement> | null>(`${selector} named ${String(name)}`, async () => {
    const handle = await frame.evaluateHandle(
      (css, source, flags) => {
        const root = document.querySelector("#evph-sidepanel")?.shadowRoot
        const pattern = new RegExp(source, flags)
        const found = [...(root?.querySelectorAll<HTMLElement>(css) ?? [])]
        return found.find((e) => e.getClientRects().length > 0 && pattern.test((e.getAttribute("aria-label") ?? e.innerText).trim())) ?? null
      },
      selector,
      name.source,
      name.flags
    )
    const element = handle.asElement() as ElementHandle<HTMLElement> | null
    if (!element) await handle.dispose()
    return element
  }) as Promise<ElementHandle<HTMLElement>>
}

/** Clicks it with real input (a click the page's scripts could not fake, as copying needs). */
export async function clickInPanel(frame: Frame, selector: string, name: RegExp): Promise<void> {
  const element = await panelElement(frame, selector, name)
  await element.click()
  await element.dispose()
}

export const clickPanelButton = (frame: Frame, name: RegExp, scope = ""): Promise<void> => clickInPanel(frame, `${scope} button`.trim(), name)

/** Answers one of the panel's questions (a group of chips named by the question) and waits until the page took it. */
export async function answerInPanel(frame: Frame, question: string, choice: string): Promise<void> {
  const group = `.evph-question[aria-label="${question.replace(/"/g, '\\"')}"]`
  await clickInPanel(frame, `${group} button`, new RegExp(`^${escapeRegExp(choice)}$`))
  await waitFor(`"${choice}" chosen for "${question}"`, () =>
    frame.evaluate(
      (css, label) => {
        const buttons = document.querySelector("#evph-sidepanel")?.shadowRoot?.querySelectorAll<HTMLElement>(`${css} button`) ?? []
        return [...buttons].some((b) => b.innerText.trim() === label && b.getAttribute("aria-pressed") === "true")
      },
      group,
      choice
    )
  )
}

/** The text of the panel's first (most likely) cause card, with its fix titles. */
export async function topCause(frame: Frame): Promise<{ title: string; fixes: string[] }> {
  return frame.evaluate(() => {
    const card = document.querySelector("#evph-sidepanel")?.shadowRoot?.querySelector<HTMLElement>("article.evph-card")
    return {
      title: card?.querySelector<HTMLElement>(".evph-card-title")?.innerText.trim() ?? "",
      fixes: [...(card?.querySelectorAll<HTMLElement>(".evph-fix-title") ?? [])].map((f) => f.innerText.trim())
    }
  })
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
}

/** "Copy report" → preview → "Copy"; returns the exact text the preview showed. */
export async function copyReportFromPanel(frame: Frame): Promise<string> {
  await clickPanelButton(frame, /^(Copy report|复制报告)$/)
  const shown = await waitFor("the report preview", () =>
    frame.evaluate(() => document.querySelector("#evph-sidepanel")?.shadowRoot?.querySelector<HTMLElement>('[data-evph="report-text"]')?.innerText ?? "")
  )
  await clickPanelButton(frame, /^(Copy|复制)$/)
  await waitForPanelText(frame, /Copied|已复制/)
  return shown
}

/** What the clipboard holds, read back the way a person would find it: pasted into a text box on a page. */
export async function readClipboard(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText())
}

/**
 * Opens the in-page panel as the applicant does: it may have opened by itself (an error on
 * the page), else click the tab our content script draws. Returns the panel's frame.
 */
export async function openPanel(page: Page): Promise<Frame> {
  const shown = await waitFor("the panel or its tab", () =>
    page.evaluate(() => {
      const root = document.querySelector("#evisa-pay-helper-root")?.shadowRoot
      const frame = root?.querySelector<HTMLIFrameElement>("iframe.evph-frame")
      if (frame && !frame.hidden) return "panel"
      const tab = root?.querySelector<HTMLButtonElement>(".evph-tab")
      return tab && !tab.hidden && tab.getClientRects().length > 0 ? "tab" : ""
    })
  )
  if (shown === "tab") {
    const tab = await page.evaluateHandle(() => document.querySelector("#evisa-pay-helper-root")!.shadowRoot!.querySelector<HTMLButtonElement>(".evph-tab")!)
    await (tab.asElement() as ElementHandle<HTMLButtonElement>).click()
    await tab.dispose()
  }
  return findPanelFrame(page)
}
