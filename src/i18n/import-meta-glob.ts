// Vite's import.meta.glob, as Vitest provides it (vite itself is a nested dependency).
declare global {
  interface ImportMeta {
    glob<T = unknown>(pattern: string | string[], options: { eager: true; import?: string }): Record<string, T>
  }
}
export {}
