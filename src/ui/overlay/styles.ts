/**
 * What the content script draws in the page's own document: the collapsed tab and the frame
 * the panel lives in, inside an open shadow root. `all: initial !important` on the host wins
 * over any page rule (inner important declarations beat outer ones), so a page that
 * restyles `*`, `div` or `iframe` cannot move, hide or shrink us. The host itself is a
 * zero-size fixed box, so putting it into the page lays out nothing of the page's own (an
 * inline host would make the browser wrap and relayout the page's blocks). Sizes in px,
 * never rem.
 *
 * Written minified, one rule per line: the content script that loads on every portal page
 * carries this text, and the build does not minify CSS inside a string.
 */
export const OVERLAY_CSS = [
  ":host{all:initial !important;position:fixed !important;top:0 !important;left:0 !important;width:0 !important;height:0 !important;display:block !important;z-index:2147483647 !important}",
  "[hidden]{display:none !important}",
  '.evph-overlay{font-family:system-ui,-apple-system,"Segoe UI","PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;font-size:14px;line-height:1.5;direction:ltr}',
  // The collapsed tab: a small handle on the side edge, above everything on the page.
  ".evph-tab{position:fixed;top:38%;z-index:2147483647;display:flex;align-items:center;gap:6px;min-height:40px;margin:0;padding:8px 12px;border:0;background:#0b57a4;color:#fff;font:inherit;font-size:14px;font-weight:600;cursor:pointer;box-shadow:0 2px 8px rgba(0,0,0,.25)}",
  ".evph-side-right .evph-tab{right:0;border-radius:8px 0 0 8px}",
  ".evph-side-left .evph-tab{left:0;border-radius:0 8px 8px 0}",
  ".evph-tab:hover{background:#084582}",
  ".evph-tab:focus-visible{outline:3px solid #fff;outline-offset:-5px}",
  ".evph-badge{display:inline-block;min-width:22px;padding:1px 6px;border-radius:11px;background:#b3261e;color:#fff;font-size:13px;font-weight:700;text-align:center;border:2px solid #fff}",
  ".evph-tab--attention{animation:evph-pulse 1.6s ease-in-out 4}",
  "@keyframes evph-pulse{0%,100%{box-shadow:0 2px 8px rgba(0,0,0,.25)}50%{box-shadow:0 0 0 6px rgba(179,38,30,.45)}}",
  // The open panel: an extension frame, full height, at most 360 px wide, transparent until
  // its page paints the panel over the placeholder beneath it (same box, drawn first).
  ".evph-frame,.evph-placeholder{position:fixed;top:0;bottom:0;z-index:2147483647;display:block;width:360px;max-width:92vw;height:100%;margin:0;padding:0;border:0;color-scheme:light}",
  ".evph-placeholder{background:#fff;color:#1f2328;box-shadow:0 0 16px rgba(0,0,0,.3)}",
  // Its words are painted at opacity 0 in their first frame and shown from the next: so painted,
  // they never count as the portal's largest contentful paint (they did: India's error page,
  // LCP 72 -> 144 ms; bench/README.md).
  ".evph-placeholder>*{display:block;margin:12px;overflow-wrap:anywhere;animation:evph-in 1ms step-end both}",
  ".evph-placeholder b{margin:0;padding:12px;background:#0b57a4;color:#fff;font-size:16px}",
  ".evph-placeholder blockquote{padding:8px 12px;border-left:4px solid #a4262c;background:#f4f6f8}",
  ".evph-placeholder p{color:#57606a}",
  "@keyframes evph-in{from{opacity:0}}",
  ".evph-side-right .evph-frame,.evph-side-right .evph-placeholder{right:0}",
  ".evph-side-left .evph-frame,.evph-side-left .evph-placeholder{left:0}",
  "@media (prefers-reduced-motion:reduce){.evph-tab--attention{animation:none;outline:3px solid #b3261e;outline-offset:2px}}"
].join("")
