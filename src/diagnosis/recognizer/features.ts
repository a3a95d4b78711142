import { normalizeErrorText } from "../normalize-text"

/**
 * Text → the sparse features the recognizer weighs. The text is first normalised the way the
 * rules see it (NFKC, lower case, Traditional folded to Simplified), then:
 * - Chinese (and other CJK) runs give character 1-, 2- and 3-grams: no word segmentation,
 *   which short payment messages do not need and which would add a dictionary;
 * - Latin-script words give the word, the pair of neighbouring words, and the word's
 *   character 3- to 5-grams (so "declined", "decline" and "declines" share most features);
 * - template placeholders (`%s`, `{0}`, `:seconds`) are dropped and digit runs become "0",
 *   so a catalogue's template and the filled-in message look alike.
 *
 * Feature names carry a one-letter prefix (h: Han n-gram, w: word, b: word pair, c: character
 * n-gram) so that the evidence note can tell which words weighed most.
 */

const PLACEHOLDER = /%(\d+\$)?[-+ 0#]*\d*(\.\d+)?[sdfiu@]|\{\{?[\w.]*\}\}?|(^|\s):[a-z_]+\b|\$\{[\w.]*\}/g
const HAN_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/gu
const WORD = /[\p{L}\p{M}\p{N}']+/gu
const MAX_FEATURES_PER_TEXT = 600

/**
 * Cues that make a text an error statement rather than a label, a hint or a success notice,
 * whoever wrote it. Vendors word their errors differently ("illegal", "is required",
 * "不合法", "不能为空"), and the few that training saw from one vendor do not carry over to
 * another; one shared feature per kind of cue does. Written from the team's knowledge of the
 * domain, not from any corpus line.
 */
const CUES: [string, RegExp][] = [
  ["invalid", /\b(invalid|illegal|incorrect|wrong|not (a )?valid|isn't valid|is not correct|not correct|malformed|mismatch|doesn't match|does not match|unrecognized|unrecognised|bad)\b|不合法|非法|不正确|不對|不对|错误|有误|无效|不符|不一致|不匹配|格式不/],
  ["missing", /\b(missing|required|empty|blank|mandatory|not (been )?(provided|specified|entered|filled))\b|不能为空|为空|必填|必须填|未填|缺少|未指定|未输入|没有填写/],
  ["must", /\b(must|should|only|needs? to|has to|have to|at least|at most|no more than|too (short|long))\b|必须|只能|至少|最多|不得|不可|应为|需为|太短|太长|位数/],
  ["please-fix", /\b(please|kindly) (enter|provide|check|verify|select|fill|re-?enter|correct|confirm|use|try|contact|update)\b|\b(enter|provide) a valid\b|请(重新)?(输入|填写|检查|核对|确认|选择|更换|改用|使用|联系|稍后|重试)/],
  ["failed", /\b(fail(ed|ure|s)?|error|errors|unable|cannot|can't|could ?n[o']t|couldn't|unsuccessful|problem|issue|oops|sorry|went wrong|not (be )?(completed|processed|possible|allowed|permitted|available|supported|accepted|authori[sz]ed|approved))\b|失败|未成功|不成功|无法|不能|未能|不可以|不允许|不支持|不可用|抱歉|异常|出错|故障|问题/],
  ["refused", /\b(declin|refus|reject|denied|deny|block|suspend|restrict|forbid|prohibit|exceed|too (many|much|long)|limit(?!ed)|insufficient|expired|timed? ?out|time-?out|unavailable|busy|duplicate|already)\w*|拒绝|被拒|拒付|禁止|冻结|挂失|止付|暂停|受限|限制|超限|超过|超出|过期|超时|不足|繁忙|重复|已经|已被|频繁|锁定/],
  ["success", /\b(success(ful(ly)?)?|succeeded|approved|complete[d]?|confirmed|thank you|thanks|paid|received)\b|成功|已完成|完成|已支付|支付完成|谢谢|感谢|已确认/],
  ["label-end", /[:：*]\s*$/],
  ["question", /[?？]\s*$/]
]

/** Word-level pieces of one normalised text, in reading order. */
function tokens(text: string): { han: string[]; words: string[] } {
  const cleaned = text.replace(PLACEHOLDER, " ").replace(/\d+/g, "0")
  const han = [...cleaned.matchAll(HAN_RUN)].map((m) => m[0])
  const latin = cleaned.replace(HAN_RUN, " ")
  const words = [...latin.matchAll(WORD)].map((m) => m[0].replace(/^'+|'+$/g, "")).filter((w) => w.length > 0)
  return { han, words }
}

/** The distinct feature names of one raw message (normalised here), in first-seen order. */
export function extractFeatures(raw: string): string[] {
  return [...featuresWithPieces(raw).keys()]
}

/**
 * Each feature with the piece of the message it came from: the word a character n-gram
 * belongs to, the word pair, the Chinese n-gram itself. The evidence note adds up the weight
 * per piece, so the volunteer reads words ("expired", "有效期"), not fragments ("pir").
 */
export function featuresWithPieces(raw: string): Map<string, string> {
  return featuresOfNormalized(normalizeErrorText(raw))
}

function featuresOfNormalized(text: string): Map<string, string> {
  const out = new Map<string, string>()
  const add = (feature: string, piece: string) => {
    if (!out.has(feature)) out.set(feature, piece)
  }
  const { han, words } = tokens(text)
  for (const run of han) {
    const chars = [...run]
    for (let n = 1; n <= 3; n++) {
      for (let i = 0; i + n <= chars.length; i++) {
        const gram = chars.slice(i, i + n).join("")
        add(`h:${gram}`, gram)
      }
    }
  }
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!
    add(`w:${word}`, word)
    if (i + 1 < words.length) add(`b:${word} ${words[i + 1]}`, `${word} ${words[i + 1]}`)
    const padded = [...`<${word}>`]
    for (let n = 3; n <= 5; n++) {
      for (let j = 0; j + n <= padded.length; j++) add(`c:${padded.slice(j, j + n).join("")}`, word)
    }
  }
  for (const [name, pattern] of CUES) if (pattern.test(text)) add(`k:${name}`, "")
  const length = han.reduce((n, run) => n + [...run].length, 0) / 2 + words.length
  add(length <= 1 ? "n:1" : length <= 3 ? "n:2-3" : length <= 7 ? "n:4-7" : length <= 15 ? "n:8-15" : "n:16+", "")
  if (out.size > MAX_FEATURES_PER_TEXT) return new Map([...out].slice(0, MAX_FEATURES_PER_TEXT))
  return out
}
