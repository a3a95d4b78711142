/** Layout for the browser's side panel: the panel fills it instead of floating over a page. */
export const SIDE_PANEL_CSS = `
.evph-panel { position: static; width: 100%; max-width: none; min-height: 100vh; box-shadow: none; border: 0; }
.evph-tab { display: none; }
.evph-sidepanel-empty { font: 15px/1.5 system-ui, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; padding: 16px; color: #1f1f1f; }
`
