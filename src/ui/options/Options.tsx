import { useRef, useState } from "preact/hooks"

import { translator } from "~src/i18n/catalogue"
import type { Locale } from "~src/i18n/locale"
import { CaseLog } from "~src/ui/desk/CaseLog"
import type { DecodeInput } from "~src/ui/desk/decode-outcome"
import { Desk } from "~src/ui/desk/Desk"
import type { DeskKnowledge } from "~src/ui/desk/knowledge"
import { messages } from "./messages"
import { SettingsView, type KnownSite } from "./SettingsView"
import type { StoreServices } from "./store-services"
import { OPTIONS_CSS } from "./styles"

const TABS = ["desk", "cases", "settings"] as const
type TabId = (typeof TABS)[number]

export interface OptionsProps {
  locale: Locale
  services: StoreServices
  knowledge: DeskKnowledge
  decode: DecodeInput
  copyText(text: string): Promise<void>
  sites: readonly KnownSite[]
  /** Settings changed the language: the entry re-renders with the new locale. */
  onLocaleSetting?(locale: Locale | null): void
  /** Shown instead of the tabs' content when the database cannot be used (e.g. blocked upgrade). */
  fatalMessage?: string
  initialTab?: TabId
}

/** The options page: volunteer desk first, then the case log and the settings. */
export function Options(props: OptionsProps) {
  const { locale, services, knowledge } = props
  const t = translator(messages, locale)
  const [tab, setTab] = useState<TabId>(props.initialTab ?? "desk")
  const tabRefs = useRef<Partial<Record<TabId, HTMLButtonElement | null>>>({})

  // Arrow keys move between tabs (WAI-ARIA tabs pattern); Tab goes into the panel.
  const onTabKey = (event: KeyboardEvent) => {
    const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0
    const edge = event.key === "Home" ? TABS[0] : event.key === "End" ? TABS[TABS.length - 1] : null
    if (!step && !edge) return
    event.preventDefault()
    const next = edge ?? TABS[(TABS.indexOf(tab) + step + TABS.length) % TABS.length]!
    setTab(next)
    tabRefs.current[next]?.focus()
  }

  return (
    <div class="options" lang={locale}>
      <style>{OPTIONS_CSS}</style>
      <h1>{t("page-title")}</h1>
      {props.fatalMessage ? (
        <p role="alert" class="warning">
          {props.fatalMessage}
        </p>
      ) : (
        <>
          <div role="tablist" aria-label={t("tabs-label")} class="tabs" onKeyDown={onTabKey}>
            {TABS.map((id) => (
              <button
                key={id}
                ref={(element) => {
                  tabRefs.current[id] = element
                }}
                type="button"
                role="tab"
                id={`tab-${id}`}
                aria-selected={tab === id}
                aria-controls={`panel-${id}`}
                tabIndex={tab === id ? 0 : -1}
                onClick={() => setTab(id)}>
                {t(`tab-${id}`)}
              </button>
            ))}
          </div>
          <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} class="panel">
            {tab === "desk" && (
              <Desk
                locale={locale}
                decode={props.decode}
                knowledge={knowledge}
                saveCase={services.saveCase}
                copyText={props.copyText}
                describeStoreError={services.describeStoreError}
              />
            )}
            {tab === "cases" && <CaseLog locale={locale} knowledge={knowledge} services={services} />}
            {tab === "settings" && (
              <SettingsView locale={locale} services={services} sites={props.sites} onSettingsChanged={(s) => props.onLocaleSetting?.(s.locale)} />
            )}
          </div>
        </>
      )}
    </div>
  )
}
