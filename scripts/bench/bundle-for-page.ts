import { resolve } from "node:path"

import { build, type Plugin } from "esbuild"

const ROOT = resolve(import.meta.dirname, "../..")

/** Resolves the repo's `~` alias (`~src/page/…` → `<root>/src/page/…`) for esbuild. */
export const tildeAlias: Plugin = {
  name: "tilde-alias",
  setup(b) {
    b.onResolve({ filter: /^~/ }, async (args) => {
      const result = await b.resolve(`./${args.path.slice(1)}`, { kind: args.kind, resolveDir: ROOT })
      return result.errors.length ? { errors: result.errors } : { path: result.path }
    })
  }
}

/**
 * Bundles a TypeScript entry (given as source, importing the repo's modules through `~`)
 * into one classic script for a page or a reference extension's content script. With
 * `globalName`, the entry's exports are that global's properties.
 */
export async function bundleForPage(entry: string, options: { globalName?: string; minify?: boolean } = {}): Promise<string> {
  const result = await build({
    stdin: { contents: entry, resolveDir: ROOT, loader: "ts" },
    bundle: true,
    minify: options.minify ?? false,
    format: "iife",
    globalName: options.globalName,
    platform: "browser",
    target: "chrome120",
    write: false,
    plugins: [tildeAlias],
    logLevel: "silent"
  })
  return result.outputFiles[0].text
}

/**
 * The repo files an entry's bundle is built from (esbuild's view of the import graph, with
 * the extension pages' JSX and Preact aliases), for tests that keep a bundle lean.
 */
export async function bundleInputs(entry: string): Promise<string[]> {
  const result = await build({
    entryPoints: [resolve(ROOT, entry)],
    bundle: true,
    write: false,
    metafile: true,
    format: "esm",
    platform: "browser",
    jsx: "automatic",
    jsxImportSource: "preact",
    alias: { react: "preact/compat", "react-dom": "preact/compat" },
    plugins: [tildeAlias],
    logLevel: "silent"
  })
  return Object.keys(result.metafile.inputs)
}
