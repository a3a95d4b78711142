/**
 * Sums DevTools CPU profiles (Profiler.stop's result) by function, for the code of our
 * extension only: a sample counts when any frame of its stack is a chrome-extension:// script,
 * from that frame down (what the page called us for is ours; the page's own code is not).
 */
export interface CallFrame {
  functionName: string
  url: string
  lineNumber: number
}
export interface ProfileNode {
  id: number
  callFrame: CallFrame
  children?: number[]
}
export interface CpuProfile {
  nodes: ProfileNode[]
  samples: number[]
  timeDeltas: number[]
}

/** Milliseconds of our code per function name, inclusive (once per stack) and self. */
export interface OurTimes {
  ours: number
  inclusive: Map<string, number>
  self: Map<string, number>
}

/** Adds one profile's samples that ran extension code to `into`. */
export function addProfile(profile: CpuProfile, into: OurTimes): void {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  const parent = new Map<number, number>()
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id)
  profile.samples.forEach((id, k) => {
    const ms = (profile.timeDeltas[k + 1] ?? 0) / 1000
    const stack: CallFrame[] = []
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) stack.push(byId.get(at)!.callFrame)
    stack.reverse()
    const first = stack.findIndex((frame) => frame.url.startsWith("chrome-extension://"))
    if (first < 0) return
    const ours = stack.slice(first)
    into.ours += ms
    const key = (frame: CallFrame) => `${frame.functionName || "(anonymous)"} ${frame.url.split("/").pop()}:${frame.lineNumber + 1}`
    for (const name of new Set(ours.map(key))) into.inclusive.set(name, (into.inclusive.get(name) ?? 0) + ms)
    const leaf = key(ours[ours.length - 1])
    into.self.set(leaf, (into.self.get(leaf) ?? 0) + ms)
  })
}


export function emptyTimes(): OurTimes {
  return { ours: 0, inclusive: new Map(), self: new Map() }
}
