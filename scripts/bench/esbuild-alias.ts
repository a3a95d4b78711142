import { resolve } from "node:path"

import type { Plugin } from "esbuild"

export const ROOT = resolve(import.meta.dirname, "../..")

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
