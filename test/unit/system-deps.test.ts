import { afterEach, describe, expect, it } from "vitest"

import {
  ensureSystemDeps,
  planSystemSetup,
  requirementStates,
  type HostFacts,
  type RequirementState,
  type SystemNeed
} from "../../scripts/system-deps"

const DEBIAN_ROOT: HostFacts = { debian: true, root: true, aptGet: true }
const DEBIAN_USER: HostFacts = { debian: true, root: false, aptGet: true }
const UBUNTU_ROOT: HostFacts = { debian: false, root: true, aptGet: true }
const MAC: HostFacts = { debian: false, root: false, aptGet: false }

const chromium = (present: boolean, path = "/usr/bin/chromium", overridden = false): RequirementState => ({ need: "chromium", present, path, overridden })
const firefox = (present: boolean, path = "/usr/bin/firefox-esr", overridden = false): RequirementState => ({ need: "firefox", present, path, overridden })
const fonts = (present: boolean): RequirementState => ({ need: "cjk-fonts", present })
const ALL_KNOWN = { chromium: true, "firefox-esr": true, "fonts-noto-cjk": true }

describe("planSystemSetup", () => {
  it("does nothing when everything is there, whatever the machine", () => {
    for (const host of [DEBIAN_ROOT, DEBIAN_USER, UBUNTU_ROOT, MAC]) {
      expect(planSystemSetup([chromium(true), firefox(true), fonts(true)], host)).toEqual({ kind: "ready" })
    }
  })

  it("on Debian as root installs exactly the missing packages, without apt-get update when apt knows them", () => {
    const plan = planSystemSetup([chromium(false), firefox(true), fonts(false)], DEBIAN_ROOT, ALL_KNOWN)
    expect(plan).toMatchObject({ kind: "install", packages: ["chromium", "fonts-noto-cjk"], updateFirst: false })
    if (plan.kind !== "install") throw new Error("expected an install plan")
    expect(plan.commands).toEqual([["apt-get", "install", "-y", "chromium", "fonts-noto-cjk"]])
    expect(plan.reasons.join("\n")).toContain("/usr/bin/chromium")
  })

  it("runs apt-get update first on a fresh machine whose package lists are empty", () => {
    const plan = planSystemSetup([chromium(false), firefox(false), fonts(false)], DEBIAN_ROOT, {})
    if (plan.kind !== "install") throw new Error("expected an install plan")
    expect(plan.commands).toEqual([
      ["apt-get", "update"],
      ["apt-get", "install", "-y", "chromium", "firefox-esr", "fonts-noto-cjk"]
    ])
  })

  it("updates when only one of the missing packages is unknown to apt", () => {
    const plan = planSystemSetup([firefox(false), fonts(false)], DEBIAN_ROOT, { "firefox-esr": false, "fonts-noto-cjk": true })
    expect(plan).toMatchObject({ kind: "install", updateFirst: true })
  })

  it("on Debian without root prints the sudo command and stops", () => {
    const plan = planSystemSetup([chromium(true), firefox(false), fonts(true)], DEBIAN_USER, ALL_KNOWN)
    expect(plan.kind).toBe("stop")
    if (plan.kind !== "stop") return
    expect(plan.message).toContain("  sudo apt-get install -y firefox-esr\n")
    expect(plan.message).not.toContain("apt-get update")
    expect(plan.message).toContain("Firefox ESR: nothing at /usr/bin/firefox-esr")
  })

  it("without root and without package lists the printed command updates first", () => {
    const plan = planSystemSetup([fonts(false)], DEBIAN_USER, { "fonts-noto-cjk": false })
    expect(plan.kind === "stop" && plan.message).toContain("sudo apt-get update && sudo apt-get install -y fonts-noto-cjk")
  })

  it("elsewhere (Ubuntu as root, macOS) never installs: prints Debian's command and the variables to set", () => {
    for (const host of [UBUNTU_ROOT, MAC]) {
      const plan = planSystemSetup([chromium(false), firefox(false), fonts(true)], host, ALL_KNOWN)
      expect(plan.kind).toBe("stop")
      if (plan.kind !== "stop") continue
      expect(plan.message).toContain("apt-get install -y chromium firefox-esr")
      expect(plan.message).toContain("CHROMIUM_PATH")
      expect(plan.message).toContain("FIREFOX_PATH")
    }
    const asRoot = planSystemSetup([chromium(false)], UBUNTU_ROOT, ALL_KNOWN)
    expect(asRoot.kind === "stop" && asRoot.message).toContain("\n  apt-get install -y chromium\n")
  })

  it("a CHROMIUM_PATH or FIREFOX_PATH pointing nowhere stops with the variable's name, even where it could install", () => {
    const plan = planSystemSetup([chromium(false, "/opt/missing/chrome", true), fonts(false)], DEBIAN_ROOT, ALL_KNOWN)
    expect(plan.kind).toBe("stop")
    if (plan.kind !== "stop") return
    expect(plan.message).toContain("CHROMIUM_PATH=/opt/missing/chrome does not exist")
    expect(plan.message).toContain("/usr/bin/chromium")
  })
})

describe("ensureSystemDeps", () => {
  /** A fake machine: apt-get install makes the named packages appear. */
  function fakeMachine(initiallyMissing: SystemNeed[], host: HostFacts, options: { failing?: string; installWorks?: boolean } = {}) {
    const missing = new Set(initiallyMissing)
    const ran: string[][] = []
    const log: string[] = []
    const packageOf: Record<string, SystemNeed> = { chromium: "chromium", "firefox-esr": "firefox", "fonts-noto-cjk": "cjk-fonts" }
    const states = (needs: SystemNeed[]) =>
      needs.map((need) => (need === "cjk-fonts" ? fonts(!missing.has(need)) : need === "chromium" ? chromium(!missing.has(need)) : firefox(!missing.has(need))))
    const run = (command: string[]) => {
      ran.push(command)
      if (command[1] === options.failing) return 100
      if (command[1] === "install" && options.installWorks !== false) for (const name of command.slice(3)) missing.delete(packageOf[name])
      return 0
    }
    const ensure = (needs: SystemNeed[]) =>
      ensureSystemDeps(needs, { purpose: "npm test", states, host: () => host, candidates: (names) => Object.fromEntries(names.map((n) => [n, false])), run, log: (line) => log.push(line) })
    return { ensure, ran, log }
  }

  it("installs what is missing on Debian as root, saying so, and checks again afterwards", () => {
    const machine = fakeMachine(["firefox", "cjk-fonts"], DEBIAN_ROOT)
    expect(machine.ensure(["chromium", "firefox", "cjk-fonts"])).toBe(true)
    expect(machine.ran).toEqual([
      ["apt-get", "update"],
      ["apt-get", "install", "-y", "firefox-esr", "fonts-noto-cjk"]
    ])
    const said = machine.log.join("\n")
    expect(said).toContain("npm test needs firefox-esr, fonts-noto-cjk; installing")
    expect(said).toContain("$ DEBIAN_FRONTEND=noninteractive apt-get install -y firefox-esr fonts-noto-cjk")
    expect(said).toContain("Installed firefox-esr, fonts-noto-cjk.")
  })

  it("asks only for what this command needs (the demo does not need Firefox)", () => {
    const machine = fakeMachine(["firefox"], DEBIAN_ROOT)
    expect(machine.ensure(["chromium", "cjk-fonts"])).toBe(true)
    expect(machine.ran).toEqual([])
  })

  it("reports failure when apt-get fails, and stops before installing when the update fails", () => {
    const failedInstall = fakeMachine(["chromium"], DEBIAN_ROOT, { failing: "install" })
    expect(failedInstall.ensure(["chromium"])).toBe(false)
    expect(failedInstall.log.at(-1)).toContain("apt-get install -y chromium failed (exit 100)")

    const failedUpdate = fakeMachine(["chromium"], DEBIAN_ROOT, { failing: "update" })
    expect(failedUpdate.ensure(["chromium"])).toBe(false)
    expect(failedUpdate.ran).toEqual([["apt-get", "update"]])
  })

  it("fails when the install succeeded but the browser is still not where the harness looks", () => {
    const machine = fakeMachine(["chromium"], DEBIAN_ROOT, { installWorks: false })
    expect(machine.ensure(["chromium"])).toBe(false)
    expect(machine.log.at(-1)).toContain("still missing")
  })

  it("runs nothing and prints the command when it may not install", () => {
    const machine = fakeMachine(["chromium", "cjk-fonts"], DEBIAN_USER)
    expect(machine.ensure(["chromium", "cjk-fonts"])).toBe(false)
    expect(machine.ran).toEqual([])
    expect(machine.log.join("\n")).toContain("sudo apt-get update && sudo apt-get install -y chromium fonts-noto-cjk")
  })
})

describe("requirementStates on this machine", () => {
  const saved = process.env.FIREFOX_PATH
  afterEach(() => {
    if (saved === undefined) delete process.env.FIREFOX_PATH
    else process.env.FIREFOX_PATH = saved
  })

  it("looks where FIREFOX_PATH says, and marks the path as chosen by the user", () => {
    process.env.FIREFOX_PATH = "/nonexistent/evph/firefox"
    expect(requirementStates(["firefox"])).toEqual([{ need: "firefox", present: false, path: "/nonexistent/evph/firefox", overridden: true }])
    process.env.FIREFOX_PATH = process.execPath // a file that exists
    expect(requirementStates(["firefox"])[0]).toMatchObject({ present: true, overridden: true })
  })
})
