/**
 * Plain CSS for the options page (desk, case log, settings). Focus is always visible;
 * colours keep at least 4.5:1 contrast.
 */
export const OPTIONS_CSS = `
:root { color-scheme: light; }
body { margin: 0; background: #f6f7f9; }
.options { font: 15px/1.55 system-ui, -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; color: #1b1f24; max-width: 980px; margin: 0 auto; padding: 16px 24px 48px; }
h1 { font-size: 1.35rem; margin: 0 0 12px; }
h2 { font-size: 1.15rem; margin: 24px 0 8px; }
h3 { font-size: 1.05rem; margin: 20px 0 6px; }
h4, h5 { margin: 12px 0 4px; font-size: 0.98rem; }
.tabs { display: flex; gap: 4px; border-bottom: 2px solid #c9ced6; margin-bottom: 16px; }
.tabs [role="tab"] { border: 0; background: transparent; padding: 8px 16px; font: inherit; color: #3a4350; border-bottom: 3px solid transparent; margin-bottom: -2px; cursor: pointer; }
.tabs [role="tab"][aria-selected="true"] { color: #0b4fa8; border-bottom-color: #0b4fa8; font-weight: 600; }
button, .file-button { font: inherit; padding: 6px 14px; border-radius: 6px; border: 1px solid #0b4fa8; background: #0b4fa8; color: #fff; cursor: pointer; }
button.secondary { background: #fff; color: #0b4fa8; }
button.danger { background: #a61b1b; border-color: #a61b1b; }
.file-button { display: inline-block; background: #fff; color: #0b4fa8; }
.file-button input { position: absolute; opacity: 0; width: 1px; height: 1px; }
.file-button:focus-within { outline: 3px solid #f0a500; outline-offset: 2px; }
:focus-visible { outline: 3px solid #f0a500; outline-offset: 2px; }
textarea, input[type="text"], input[type="search"], select { font: inherit; padding: 6px 8px; border: 1px solid #8a94a3; border-radius: 6px; background: #fff; color: inherit; }
textarea { width: 100%; box-sizing: border-box; }
label { font-weight: 600; }
label.check { display: flex; gap: 8px; align-items: baseline; font-weight: normal; margin: 6px 0; }
.field { display: flex; flex-direction: column; gap: 4px; margin: 8px 0; }
.filters { display: flex; flex-wrap: wrap; gap: 12px; align-items: flex-end; }
.actions { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin: 10px 0; }
.muted { color: #555f6d; }
.mono, pre { font-family: ui-monospace, "SFMono-Regular", Consolas, monospace; font-size: 0.9em; }
.status { color: #1d6b2f; }
.warning, .decode-error p:first-child { color: #8a1c1c; font-weight: 600; }
.quoted { margin: 4px 0; padding: 6px 12px; border-left: 4px solid #c0392b; background: #fff; white-space: pre-wrap; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 0; }
dl.facts dt { color: #555f6d; }
dl.facts dd { margin: 0; overflow-wrap: anywhere; }
.stepper { display: flex; flex-wrap: wrap; gap: 4px; list-style: none; padding: 0; margin: 6px 0; counter-reset: step; }
.stepper li { counter-increment: step; padding: 4px 10px; border-radius: 14px; background: #e4e8ee; color: #3a4350; }
.stepper li::before { content: counter(step) ". "; }
.stepper li.current { background: #0b4fa8; color: #fff; font-weight: 600; }
.badge { font-size: 0.85em; font-weight: normal; padding: 1px 8px; border-radius: 10px; background: #e4e8ee; }
.technical { font-size: 0.92em; color: #3a4350; }
table { border-collapse: collapse; width: 100%; margin: 6px 0; background: #fff; }
th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid #dde1e7; vertical-align: top; overflow-wrap: anywhere; }
caption { text-align: left; font-weight: 600; padding: 4px 0; }
tr.selected { background: #eef4ff; }
.reply-preview { white-space: pre-wrap; background: #fff; border: 1px solid #c9ced6; border-radius: 6px; padding: 10px; }
.raw pre { max-height: 400px; overflow: auto; background: #fff; padding: 8px; border: 1px solid #dde1e7; }
.opened-report, .case-detail { border-top: 2px solid #c9ced6; margin-top: 16px; }
.confirm { border: 2px solid #a61b1b; border-radius: 8px; padding: 10px; background: #fff; }
.confirm button { margin-right: 8px; }
fieldset { border: 1px solid #c9ced6; border-radius: 6px; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`
