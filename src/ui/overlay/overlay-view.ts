import type { Locale } from "~src/i18n/locale"

import { OVERLAY_CSS } from "./styles"
import { frameTitle, placeholderWords, tabWords } from "./tab-words"

export interface OverlayViewState {
  locale: Locale
  side: "left" | "right"
  collapsed: boolean
  errorCount: number
  /** The errors the page shows (captured and redacted): the placeholder quotes the newest. */
  errors?: readonly { text: string; lastSeen: string }[]
  /**
   * Load the panel's frame now, hidden, so that it can show at once when an error opens it
   * (on payment steps; loading it takes a few hundred ms, in the extension's own process).
   */
  preload?: boolean
}

export interface OverlayViewOptions {
  hostId: string
  /** The panel page's URL (an extension page, loaded the first time the panel opens). */
  frameUrl: string
  /**
   * Origins the panel page may load under: Chromium frames it at its per-session dynamic
   * address, but the document it loads has the extension's own origin, and a permissions
   * policy delegated only to the frame's `src` would not reach it.
   */
  frameOrigins?: string[]
  /** The applicant clicked (or pressed Enter on) the tab. */
  onOpen(): void
}

/** A tag of our own, so page rules written for `div` or `iframe` never match the host. */
export const HOST_TAG = "evisa-pay-helper"

/**
 * What the content script puts in the page: a host element with an open shadow root holding
 * the collapsed tab (plain DOM, a few hundred bytes of words) and, once the panel has been
 * opened, an iframe with the panel page. The panel renders in the extension's own process,
 * so its cost never lands on the portal's main thread, and no page style can reach it.
 * Each render touches only what changed.
 *
 * Under the frame lies the panel's placeholder: the panel's header, the newest error and a
 * line saying the causes are being looked for, in plain DOM. The frame is transparent until
 * its page paints the panel over it, and loading a new extension page in a frame takes
 * 125–140 ms on this kind of machine before any of its code runs (bench/README.md), so
 * without it an error on a page nobody had touched opened a blank box for a fifth of a second.
 */
export class OverlayView {
  readonly host: HTMLElement
  private readonly wrapper: HTMLDivElement
  private readonly tab: HTMLButtonElement
  private readonly label: HTMLSpanElement
  private readonly badge: HTMLSpanElement
  private frameElement: HTMLIFrameElement | null = null
  private placeholder: { box: HTMLElement; heading: HTMLElement; quote: HTMLElement; note: HTMLElement } | null = null
  private last: OverlayViewState | null = null

  constructor(
    private readonly doc: Document,
    private readonly options: OverlayViewOptions
  ) {
    this.host = doc.createElement(HOST_TAG)
    this.host.id = options.hostId
    const root = this.host.attachShadow({ mode: "open" })
    const style = doc.createElement("style")
    style.textContent = OVERLAY_CSS
    this.wrapper = doc.createElement("div")
    this.tab = doc.createElement("button")
    this.tab.type = "button"
    this.tab.className = "evph-tab"
    this.tab.setAttribute("aria-expanded", "false")
    this.label = doc.createElement("span")
    this.label.className = "evph-tab-label"
    this.badge = doc.createElement("span")
    this.badge.className = "evph-badge"
    this.badge.setAttribute("aria-hidden", "true")
    this.tab.append(this.label, this.badge)
    this.tab.addEventListener("click", () => this.options.onOpen())
    this.wrapper.append(this.tab)
    root.append(style, this.wrapper)
  }

  get frame(): HTMLIFrameElement | null {
    return this.frameElement
  }

  /** Puts the host into the page (once; keep-mounted.ts puts it back if the page removes it). */
  attach(): void {
    if (!this.host.isConnected) (this.doc.body ?? this.doc.documentElement).append(this.host)
  }

  render(state: OverlayViewState): void {
    const last = this.last
    this.last = state
    if (last?.side !== state.side) this.wrapper.className = `evph-overlay evph-side-${state.side}`
    if (last?.locale !== state.locale) this.wrapper.lang = state.locale
    if (last?.locale !== state.locale || last?.errorCount !== state.errorCount) {
      const words = tabWords(state.locale, state.errorCount)
      this.label.textContent = words.label
      this.badge.textContent = words.badge ?? ""
      this.badge.hidden = words.badge === null
      this.tab.title = words.title
      this.tab.setAttribute("aria-label", words.ariaLabel)
      this.tab.classList.toggle("evph-tab--attention", state.errorCount > 0)
    }
    if (!state.collapsed || state.preload) this.ensureFrame(state.locale, state.collapsed)
    if (last?.collapsed !== state.collapsed) {
      this.tab.hidden = !state.collapsed
      if (this.frameElement) this.frameElement.hidden = state.collapsed
      if (this.placeholder) this.placeholder.box.hidden = state.collapsed
    }
    if (!state.collapsed) this.fillPlaceholder(state)
    if (this.frameElement && last?.locale !== state.locale) this.frameElement.title = frameTitle(state.locale)
  }

  focusTab(): void {
    this.tab.focus()
  }

  focusFrame(): void {
    this.frameElement?.focus()
  }

  destroy(): void {
    this.host.remove()
  }

  /** Removes the panel's frame (it said it could not load); the next open loads a new one. */
  dropFrame(): void {
    this.frameElement?.remove()
    this.frameElement = null
    this.placeholder?.box.remove()
    this.placeholder = null
  }

  private ensureFrame(locale: Locale, hidden: boolean): void {
    if (this.frameElement) return
    this.placeholder = this.createPlaceholder(hidden)
    const frame = this.doc.createElement("iframe")
    frame.hidden = hidden
    frame.className = "evph-frame"
    frame.title = frameTitle(locale)
    // The panel copies reports and links after a click inside it: delegate writing to the
    // clipboard to the panel's own origin (else every copy is a permissions-policy violation).
    frame.setAttribute("allow", ["clipboard-write", ...(this.options.frameOrigins ?? ["'src'"])].join(" "))
    frame.src = this.options.frameUrl
    this.frameElement = frame
    // After the placeholder: the frame paints over it.
    this.wrapper.append(this.placeholder.box, frame)
  }

  /** Only for the eye: screen readers get the panel itself, a moment later. */
  private createPlaceholder(hidden: boolean): NonNullable<OverlayView["placeholder"]> {
    const box = this.doc.createElement("div")
    box.className = "evph-placeholder"
    box.hidden = hidden
    box.setAttribute("aria-hidden", "true")
    const heading = this.doc.createElement("b")
    const quote = this.doc.createElement("blockquote")
    const note = this.doc.createElement("p")
    box.append(heading, quote, note)
    return { box, heading, quote, note }
  }

  /** Text only (page text never becomes markup), and only where it changed. */
  private fillPlaceholder(state: OverlayViewState): void {
    if (!this.placeholder) return
    const { heading, quote, note } = this.placeholder
    const words = placeholderWords(state.locale, state.errors ?? [])
    setText(heading, words.heading)
    setText(quote, words.quote)
    setText(note, words.note)
  }
}

/** Shows `text` in `element`, or hides it for null. */
function setText(element: HTMLElement, text: string | null): void {
  if (element.textContent !== (text ?? "")) element.textContent = text
  if (element.hidden !== (text === null)) element.hidden = text === null
}
