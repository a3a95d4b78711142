/** Layout for the browser's side panel: the panel fills it instead of floating over a page. */
export const SIDE_PANEL_CSS = `
.evph-panel { position: static; width: 100%; max-width: none; min-height: 100vh; box-shadow: none; border: 0; }
.evph-tab { display: none; }
.evph-sidepanel-empty { font: 15px/1.5 system-ui, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; padding: 16px; color: #1f1f1f; }
`

/**
 * Layout inside the frame the content script puts on the portal's page: the frame is the
 * panel's column (the content script sizes and places it), so the panel fills it exactly,
 * its header stays put and its body scrolls. The frame is transparent over the content
 * script's placeholder (src/ui/overlay/overlay-view.ts): whatever this page shows must paint
 * its own background over all of it.
 */
export const EMBEDDED_PANEL_CSS = `
.evph-panel { position: fixed; top: 0; right: 0; bottom: 0; left: 0; width: 100%; max-width: none; box-shadow: none; border: 0; }
.evph-tab { display: none; }
.evph-frame-failed { position: fixed; inset: 0; overflow-y: auto; background: #ffffff; font: 15px/1.5 system-ui, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; padding: 16px; color: #1f1f1f; }
.evph-frame-failed p { margin: 0 0 12px; }
.evph-frame-failed button { font: inherit; padding: 6px 14px; border: 1px solid #5f6368; border-radius: 6px; background: #fff; color: #1f1f1f; cursor: pointer; }
.evph-frame-failed button:focus-visible { outline: 3px solid #1a73e8; outline-offset: 2px; }
`
