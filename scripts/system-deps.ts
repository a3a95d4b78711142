/**
 * The system packages `npm test`, `npm run demo` and `npm run bench` need beyond node_modules:
 * Debian's Chromium, Debian's Firefox ESR and CJK fonts (so Chinese text renders in the
 * screenshots). On Debian as root (this machine, CI) a missing one is installed with apt-get,
 * saying so; anywhere else the exact command is printed and the run stops, because installing
 * system packages for someone is only safe where nobody has to type a password or pick a
 * package manager.
 *
 * `planSystemSetup` decides (pure, unit-tested); `ensureSystemDeps` gathers the facts and acts.
 */
import { spawnSync } from "node:child_process"
import { existsSync, readFileSync } from "node:fs"

export type SystemNeed = "chromium" | "firefox" | "cjk-fonts"

interface NeedSpec {
  label: string
  debianPackage: string
  /** Browsers: the binary the harnesses launch, and the variable that overrides it. */
  defaultPath?: string
  envVar?: string
}

export const NEEDS: Record<SystemNeed, NeedSpec> = {
  chromium: { label: "Chromium", debianPackage: "chromium", defaultPath: "/usr/bin/chromium", envVar: "CHROMIUM_PATH" },
  firefox: { label: "Firefox ESR", debianPackage: "firefox-esr", defaultPath: "/usr/bin/firefox-esr", envVar: "FIREFOX_PATH" },
  "cjk-fonts": { label: "CJK fonts (Noto CJK)", debianPackage: "fonts-noto-cjk" }
}

/** What was found for one need. */
export interface RequirementState {
  need: SystemNeed
  present: boolean
  /** Browsers: where it was looked for. */
  path?: string
  /** Browsers: the path came from CHROMIUM_PATH / FIREFOX_PATH rather than Debian's default. */
  overridden?: boolean
}

export interface HostFacts {
  /** /etc/os-release says ID=debian (Ubuntu's chromium is a snap stub and it has no firefox-esr). */
  debian: boolean
  root: boolean
  aptGet: boolean
}

export type SystemPlan =
  | { kind: "ready" }
  | { kind: "install"; packages: string[]; updateFirst: boolean; commands: string[][]; reasons: string[] }
  | { kind: "stop"; message: string }

const describeMissing = (state: RequirementState) => {
  const spec = NEEDS[state.need]
  if (!state.path) return `${spec.label} (Debian package ${spec.debianPackage} is not installed)`
  return `${spec.label}: nothing at ${state.path}${state.overridden ? ` (from ${spec.envVar})` : ""}`
}

/**
 * What to do about the requirements found. `hasCandidate` says, per Debian package, whether
 * apt already knows a version it could install; when it does not (a fresh container has no
 * package lists), `apt-get update` runs first.
 */
export function planSystemSetup(
  states: RequirementState[],
  host: HostFacts,
  hasCandidate: Partial<Record<string, boolean>> = {}
): SystemPlan {
  const missing = states.filter((s) => !s.present)
  if (missing.length === 0) return { kind: "ready" }

  // A path someone chose on purpose: installing Debian's package would not put anything there.
  const wrongOverrides = missing.filter((s) => s.overridden)
  if (wrongOverrides.length > 0) {
    const lines = wrongOverrides.map((s) => {
      const spec = NEEDS[s.need]
      return `  ${spec.envVar}=${s.path} does not exist: point it at a ${spec.label} binary, or unset it to use ${spec.defaultPath}.`
    })
    return { kind: "stop", message: `${lines.join("\n")}\n` }
  }

  const packages = missing.map((s) => NEEDS[s.need].debianPackage)
  const reasons = missing.map(describeMissing)
  const updateFirst = packages.some((p) => hasCandidate[p] !== true)
  const install = ["apt-get", "install", "-y", ...packages]
  if (host.debian && host.root && host.aptGet) {
    return { kind: "install", packages, updateFirst, commands: [...(updateFirst ? [["apt-get", "update"]] : []), install], reasons }
  }

  const sudo = host.root ? "" : "sudo "
  const debianCommand = `${updateFirst ? `${sudo}apt-get update && ` : ""}${sudo}${install.join(" ")}`
  const browsers = missing.filter((s) => s.path)
  const elsewhere = host.debian
    ? ""
    : "\nNot Debian: the command above is Debian's. Elsewhere install them with your system's tools" +
      (browsers.length ? ` and set ${browsers.map((s) => `${NEEDS[s.need].envVar} to the ${NEEDS[s.need].label} binary`).join(", ")}` : "") +
      "."
  return {
    kind: "stop",
    message:
      `Missing:\n${reasons.map((r) => `  - ${r}`).join("\n")}\n` +
      `Install ${missing.length === 1 ? "it" : "them"} with:\n  ${debianCommand}${elsewhere}\n`
  }
}

// ---- facts about this machine ------------------------------------------------------------

function browserState(need: SystemNeed): RequirementState {
  const spec = NEEDS[need]
  const fromEnv = spec.envVar ? process.env[spec.envVar] : undefined
  const path = fromEnv || spec.defaultPath!
  return { need, present: existsSync(path), path, overridden: Boolean(fromEnv) }
}

function debianPackageInstalled(name: string): boolean | undefined {
  const query = spawnSync("dpkg-query", ["-W", "-f=${Status}", name], { encoding: "utf8" })
  if (query.error) return undefined // no dpkg: not a Debian-family system
  return query.status === 0 && query.stdout.trim().endsWith(" installed")
}

function cjkFontsState(): RequirementState {
  const installed = debianPackageInstalled(NEEDS["cjk-fonts"].debianPackage)
  if (installed !== undefined) return { need: "cjk-fonts", present: installed }
  // Elsewhere: any font fontconfig knows for Chinese will do. Without fontconfig (macOS,
  // Windows) the system's own CJK fonts are there and browsers find them.
  const fonts = spawnSync("fc-list", [":lang=zh", "family"], { encoding: "utf8" })
  return { need: "cjk-fonts", present: fonts.error ? true : fonts.stdout.trim().length > 0 }
}

export function requirementStates(needs: SystemNeed[]): RequirementState[] {
  return needs.map((need) => (need === "cjk-fonts" ? cjkFontsState() : browserState(need)))
}

export function hostFacts(): HostFacts {
  let osRelease = ""
  try {
    osRelease = readFileSync("/etc/os-release", "utf8")
  } catch {
    // not Linux, or a very unusual one
  }
  return {
    debian: /^ID="?debian"?$/m.test(osRelease),
    root: process.getuid?.() === 0,
    aptGet: existsSync("/usr/bin/apt-get")
  }
}

/** Whether apt has a version of each package it could install (false without package lists). */
export function aptCandidates(packages: string[]): Record<string, boolean> {
  const known: Record<string, boolean> = {}
  for (const name of packages) {
    const policy = spawnSync("apt-cache", ["policy", name], { encoding: "utf8" })
    const candidate = /Candidate:\s*(\S+)/.exec(policy.stdout ?? "")?.[1]
    known[name] = Boolean(candidate && candidate !== "(none)")
  }
  return known
}

// ---- acting on the plan ------------------------------------------------------------------

export interface EnsureOptions {
  /** Who is asking, for the messages ("npm test"). */
  purpose: string
  /** Injected in tests; the real machine by default. */
  states?: (needs: SystemNeed[]) => RequirementState[]
  host?: () => HostFacts
  candidates?: (packages: string[]) => Record<string, boolean>
  run?: (command: string[]) => number
  log?: (line: string) => void
}

const runVisibly = (command: string[]): number =>
  spawnSync(command[0], command.slice(1), {
    // CI has no stdin; nothing may wait for an answer.
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" }
  }).status ?? 1

/**
 * Makes sure the needs are met: returns true when they are (installing on Debian as root),
 * false after printing what to run by hand.
 */
export function ensureSystemDeps(needs: SystemNeed[], options: EnsureOptions): boolean {
  const states = options.states ?? requirementStates
  const host = (options.host ?? hostFacts)()
  const candidates = options.candidates ?? aptCandidates
  const run = options.run ?? runVisibly
  const log = options.log ?? ((line: string) => console.log(line))

  const found = states(needs)
  const missingPackages = found.filter((s) => !s.present && !s.overridden).map((s) => NEEDS[s.need].debianPackage)
  const known = missingPackages.length && host.aptGet ? candidates(missingPackages) : {}
  const plan = planSystemSetup(found, host, known)
  if (plan.kind === "ready") {
    log(`${needs.map((need) => NEEDS[need].label).join(", ")}: present.`)
    return true
  }
  if (plan.kind === "stop") {
    log(`${options.purpose} cannot run yet.\n${plan.message}`)
    return false
  }

  log(`${options.purpose} needs ${plan.packages.join(", ")}; installing (Debian, root):`)
  for (const reason of plan.reasons) log(`  - ${reason}`)
  for (const command of plan.commands) {
    log(`  $ DEBIAN_FRONTEND=noninteractive ${command.join(" ")}`)
    const status = run(command)
    if (status !== 0) {
      log(`${command.join(" ")} failed (exit ${status}). Run it by hand and try again.`)
      return false
    }
  }
  const stillMissing = states(needs).filter((s) => !s.present)
  if (stillMissing.length > 0) {
    log(`Installed, but still missing:\n${stillMissing.map((s) => `  - ${describeMissing(s)}`).join("\n")}`)
    return false
  }
  log(`Installed ${plan.packages.join(", ")}.`)
  return true
}
