import { defineConfig } from "vitest/config"
import { fileURLToPath } from "node:url"

const root = fileURLToPath(new URL(".", import.meta.url))

// Firefox end-to-end tests (test/e2e/firefox): one Firefox per file, files one at a time.
export default defineConfig({
  resolve: { alias: [{ find: /^~(.*)$/, replacement: `${root}$1` }] },
  test: {
    include: ["test/e2e/firefox/**/*.e2e.ts"],
    environment: "node",
    fileParallelism: false,
    testTimeout: 60000,
    hookTimeout: 90000
  }
})
