/**
 * The in-page panel: a Plasmo content-script UI in an open shadow root. Thin: the controller
 * reads the page and the background, src/ui/panel renders.
 */
import type { PlasmoCSConfig, PlasmoGetShadowHostId, PlasmoGetStyle } from "plasmo"
import { useEffect, useState } from "preact/hooks"

import { Panel } from "~src/ui/panel/Panel"
import type { PanelModel } from "~src/ui/panel/model"
import { PANEL_CSS } from "~src/ui/panel/styles"

import { OverlayController } from "./controller"
import { keepMounted } from "./keep-mounted"

export const config: PlasmoCSConfig = {
  // Replaced by scripts/build.ts with the matches generated from src/sites (one source of truth).
  matches: ["https://indianvisaonline.gov.in/*"],
  run_at: "document_idle"
}

const HOST_ID = "evisa-pay-helper-root"

export const getShadowHostId: PlasmoGetShadowHostId = () => HOST_ID

export const getStyle: PlasmoGetStyle = () => {
  const style = document.createElement("style")
  style.textContent = PANEL_CSS
  return style
}

const controller = new OverlayController(window)
void controller.start()

export default function Overlay() {
  const [model, setModel] = useState<PanelModel | null>(controller.model)
  useEffect(() => controller.subscribe(setModel), [])
  useEffect(() => {
    const host = document.getElementById(HOST_ID)
    const stop = new AbortController()
    if (host) keepMounted(host, stop.signal)
    return () => stop.abort()
  }, [])
  if (!model || model.settings.disabledSites.includes(controller.siteKey)) return null
  return <Panel model={model} actions={controller} knowledge={controller.knowledge} />
}
