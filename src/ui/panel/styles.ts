/**
 * The panel's stylesheet, injected into its shadow root (contents/overlay getStyle).
 * Isolation both ways: `:host { all: initial }` stops the page's inherited styles at the
 * shadow boundary, and nothing here can select outside the shadow root. Sizes are in px,
 * never rem: a page may set `html { font-size: 5px }`. Colours are explicit and meet 4.5:1.
 */
export const PANEL_CSS = `
:host { all: initial; }
[hidden] { display: none !important; }

.evph-root {
  --evph-text: #1f2328;
  --evph-muted: #57606a;
  --evph-bg: #ffffff;
  --evph-soft: #f4f6f8;
  --evph-line: #d0d7de;
  --evph-primary: #0b57a4;
  --evph-primary-dark: #084582;
  --evph-danger: #a4262c;
  --evph-stop-bg: #fdecea;
  --evph-stop-text: #5f1313;
  --evph-good-bg: #e8f5e9;
  --evph-good-text: #1b4620;
  --evph-warn-bg: #fff4e5;
  --evph-warn-text: #6b2f00;
  --evph-mark-bg: #ece6ff;
  --evph-mark-text: #3b2a80;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Noto Sans SC", "Helvetica Neue", Arial, sans-serif;
  font-size: 14px;
  line-height: 1.5;
  color: var(--evph-text);
  text-align: left;
  direction: ltr;
  letter-spacing: normal;
  word-spacing: normal;
  text-transform: none;
}
.evph-root *, .evph-root *::before, .evph-root *::after { box-sizing: border-box; }

/* The open panel: full height, at most 360 px wide, scrolls on its own. */
.evph-panel {
  position: fixed;
  top: 0;
  bottom: 0;
  z-index: 2147483647;
  display: flex;
  flex-direction: column;
  width: 360px;
  max-width: 92vw;
  background: var(--evph-bg);
  box-shadow: 0 0 16px rgba(0, 0, 0, 0.3);
}
.evph-side-right .evph-panel { right: 0; border-left: 1px solid var(--evph-line); }
.evph-side-left .evph-panel { left: 0; border-right: 1px solid var(--evph-line); }
.evph-header {
  display: flex;
  align-items: center;
  justify-content: space-between;
  gap: 8px;
  padding: 8px 12px;
  background: var(--evph-primary);
  color: #ffffff;
}
.evph-title { margin: 0; font-size: 16px; font-weight: 700; color: #ffffff; }
.evph-header .evph-button--quiet { color: #ffffff; border-color: #ffffff; background: transparent; }
.evph-body { flex: 1 1 auto; overflow-y: auto; overscroll-behavior: contain; padding: 4px 12px 16px; }

.evph-section { margin: 12px 0; }
.evph-root h3 { margin: 0 0 6px; font-size: 15px; font-weight: 700; line-height: 1.4; color: var(--evph-text); }
.evph-root h4 { margin: 0 0 6px; font-size: 14px; font-weight: 700; line-height: 1.4; color: var(--evph-text); }
.evph-root p { margin: 0 0 6px; }
.evph-root ul, .evph-root ol { margin: 0 0 6px; padding-left: 20px; }
.evph-root li { margin: 2px 0; }
.evph-small { font-size: 13px; color: var(--evph-muted); }
.evph-muted { color: var(--evph-muted); }
.evph-subheading { font-weight: 700; margin-top: 8px; }
.evph-site { font-size: 15px; }
.evph-step-now { font-weight: 600; }

.evph-stepper { display: flex; gap: 4px; list-style: none; padding: 0 !important; margin: 4px 0 0 !important; }
.evph-stepper-item { flex: 1 1 0; margin: 0 !important; }
.evph-stepper-dot {
  display: flex;
  align-items: center;
  justify-content: center;
  height: 24px;
  border-radius: 4px;
  font-size: 12px;
  font-weight: 700;
  background: var(--evph-soft);
  color: var(--evph-muted);
  border: 1px solid var(--evph-line);
}
.evph-stepper-item--done .evph-stepper-dot { background: #dbe9f7; color: var(--evph-primary-dark); border-color: #a9c6e6; }
.evph-stepper-item--current .evph-stepper-dot { background: var(--evph-primary); color: #ffffff; border-color: var(--evph-primary); }

.evph-quote {
  margin: 0 0 8px;
  padding: 8px 10px;
  border-left: 4px solid var(--evph-danger);
  background: var(--evph-soft);
  white-space: pre-wrap;
  overflow-wrap: anywhere;
}
.evph-reassure { font-weight: 600; color: var(--evph-good-text); }

.evph-card { border: 1px solid var(--evph-line); border-radius: 8px; padding: 10px; margin: 8px 0; }
.evph-card-title { display: flex; flex-wrap: wrap; gap: 6px; align-items: baseline; }
.evph-confidence { font-size: 12px; font-weight: 600; color: var(--evph-muted); }
.evph-technical { margin: 6px 0; padding: 6px 8px; background: var(--evph-soft); border-radius: 6px; font-size: 13px; }
.evph-details { margin: 6px 0; }
.evph-root summary { cursor: pointer; font-weight: 600; color: var(--evph-primary); padding: 4px 0; }
.evph-fix { border-top: 1px solid var(--evph-line); padding: 6px 0; }
.evph-fix-title { color: var(--evph-text) !important; }
.evph-actor { font-weight: 400; font-size: 13px; color: var(--evph-muted); }
.evph-checklist { list-style: none; padding-left: 0 !important; }
.evph-checklist li { display: flex; gap: 8px; align-items: flex-start; margin: 4px 0; }
.evph-checklist input[type="checkbox"] { width: 18px; height: 18px; margin: 2px 0 0; flex: 0 0 auto; accent-color: var(--evph-primary); }
.evph-checklist label { cursor: pointer; }
.evph-numbered { padding-left: 20px; }

.evph-button, .evph-chip, .evph-link {
  font: inherit;
  font-size: 14px;
  line-height: 1.3;
  cursor: pointer;
  margin: 0;
}
.evph-button {
  display: inline-block;
  min-height: 36px;
  padding: 7px 12px;
  border-radius: 6px;
  border: 1px solid var(--evph-primary);
  text-align: center;
}
.evph-button--primary { background: var(--evph-primary); color: #ffffff; }
.evph-button--primary:hover { background: var(--evph-primary-dark); }
.evph-button--secondary { background: #ffffff; color: var(--evph-primary); }
.evph-button--secondary:hover { background: #eef4fb; }
.evph-button--danger { background: var(--evph-danger); border-color: var(--evph-danger); color: #ffffff; }
.evph-button--quiet { min-height: 32px; padding: 4px 10px; font-size: 16px; }
.evph-button:disabled { opacity: 0.7; cursor: progress; }
.evph-still-stuck { width: 100%; margin-top: 8px; }
.evph-section > .evph-button--primary { width: 100%; }
.evph-link { background: none; border: 0; padding: 2px 0; color: var(--evph-primary); text-decoration: underline; }
.evph-chip {
  min-height: 32px;
  padding: 4px 10px;
  border-radius: 16px;
  border: 1px solid var(--evph-line);
  background: #ffffff;
  color: var(--evph-text);
}
.evph-chip[aria-pressed="true"] { background: var(--evph-primary); border-color: var(--evph-primary); color: #ffffff; }
.evph-chips { display: flex; flex-wrap: wrap; gap: 6px; }
.evph-row { display: flex; flex-wrap: wrap; gap: 8px; margin: 6px 0; }
.evph-did-it-help { display: flex; flex-wrap: wrap; align-items: center; gap: 6px; margin-top: 8px; }
.evph-question { margin: 8px 0; }
.evph-question-label { font-weight: 600; }
.evph-action { margin: 6px 0; }
.evph-action-body { margin: 6px 0; padding: 8px; background: var(--evph-soft); border-radius: 6px; }
.evph-result { margin: 4px 0; font-weight: 600; color: var(--evph-good-text); }
.evph-result:empty { display: none; }
.evph-result--failed { color: var(--evph-danger); }
.evph-feedback { color: var(--evph-good-text); font-weight: 600; }

.evph-notice { padding: 10px; border-radius: 8px; background: var(--evph-warn-bg); color: var(--evph-warn-text); }
.evph-notice h3 { color: inherit; }
.evph-notice--stop { background: var(--evph-stop-bg); color: var(--evph-stop-text); border: 2px solid var(--evph-danger); }
.evph-notice--good { background: var(--evph-good-bg); color: var(--evph-good-text); }
.evph-backup { margin: 8px 0 0; padding: 6px 8px; border-left: 3px solid var(--evph-primary); background: var(--evph-soft); }
.evph-warning { padding: 6px 8px; border-radius: 6px; background: var(--evph-warn-bg); color: var(--evph-warn-text); font-weight: 600; }
.evph-hints { padding: 8px; border-radius: 6px; background: var(--evph-soft); }
.evph-hint-label { font-weight: 700; }

.evph-redacted { background: var(--evph-mark-bg); color: var(--evph-mark-text); border-radius: 3px; padding: 0 2px; }
.evph-preview-items { list-style: none; padding-left: 0 !important; }
.evph-preview-item { border: 1px solid var(--evph-line); border-radius: 6px; padding: 6px 8px; margin: 6px 0; }
.evph-preview-item--dropped { background: var(--evph-soft); }
.evph-preview-label { font-weight: 700; }
.evph-preview-text { white-space: pre-wrap; overflow-wrap: anywhere; }
.evph-note-label { font-weight: 700; margin-top: 8px !important; }
.evph-note {
  min-height: 64px;
  padding: 6px 8px;
  border: 1px solid #6e7781;
  border-radius: 6px;
  background: #ffffff;
  color: var(--evph-text);
  white-space: pre-wrap;
  overflow-wrap: anywhere;
  cursor: text;
}
.evph-exact {
  margin: 4px 0 8px;
  padding: 8px;
  max-height: 240px;
  overflow: auto;
  border: 1px solid var(--evph-line);
  border-radius: 6px;
  background: var(--evph-soft);
  font-family: inherit;
  font-size: 13px;
  white-space: pre-wrap;
  overflow-wrap: anywhere;
}
.evph-volunteer { border-top: 2px dashed var(--evph-line); padding-top: 8px; }
.evph-facts { font-size: 13px; overflow-wrap: anywhere; }
.evph-root code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 12px; background: var(--evph-soft); padding: 0 3px; border-radius: 3px; }
.evph-footer { margin-top: 16px; border-top: 1px solid var(--evph-line); padding-top: 8px; }

.evph-visually-hidden {
  position: absolute !important;
  width: 1px;
  height: 1px;
  padding: 0;
  margin: -1px;
  overflow: hidden;
  clip: rect(0 0 0 0);
  white-space: nowrap;
  border: 0;
}

.evph-root :focus-visible { outline: 3px solid #c26a00; outline-offset: 2px; }
.evph-root [tabindex="-1"]:focus { outline: none; }
.evph-header :focus-visible { outline-color: #ffffff; outline-offset: -5px; }

@media (prefers-reduced-motion: reduce) {
  .evph-root *, .evph-root *::before, .evph-root *::after { animation: none !important; transition: none !important; }
}
`
