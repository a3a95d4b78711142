/** Plain CSS for the toolbar popup; visible focus, 4.5:1 contrast. */
export const POPUP_CSS = `
body { margin: 0; }
.popup { width: 320px; padding: 12px 14px; font: 14px/1.5 system-ui, -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; color: #1b1f24; }
.popup h1 { font-size: 1rem; margin: 0 0 8px; }
.popup p { margin: 4px 0; }
.popup .site.known { font-weight: 600; color: #1d6b2f; }
.popup .cause { font-weight: 600; }
.popup .buttons { display: flex; flex-direction: column; gap: 6px; margin-top: 10px; }
.popup button { font: inherit; padding: 7px 10px; border-radius: 6px; border: 1px solid #0b4fa8; background: #0b4fa8; color: #fff; cursor: pointer; text-align: left; }
.popup button.secondary { background: #fff; color: #0b4fa8; }
.popup :focus-visible { outline: 3px solid #f0a500; outline-offset: 2px; }
.popup .status { color: #3a4350; min-height: 1.5em; }
`
