import { defineConfig } from "vitest/config"
import { fileURLToPath } from "node:url"

const root = fileURLToPath(new URL(".", import.meta.url))

export default defineConfig({
  resolve: {
    alias: [{ find: /^~(.*)$/, replacement: `${root}$1` }]
  },
  esbuild: { jsx: "automatic", jsxImportSource: "preact" },
  test: {
    include: ["src/**/*.test.ts", "src/**/*.test.tsx", "test/unit/**/*.test.ts", "test/unit/**/*.test.tsx"],
    environment: "happy-dom",
    setupFiles: ["test/unit/setup.ts"],
    pool: "threads",
    testTimeout: 20000
  }
})
