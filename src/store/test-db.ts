import { EvphDatabase } from "./db"

let counter = 0

/** A fresh, uniquely named database for one test (fake-indexeddb, set up in test/unit/setup.ts). */
export async function freshDatabase(): Promise<EvphDatabase> {
  counter++
  const db = new EvphDatabase(`evph-test-${Date.now()}-${counter}-${Math.random().toString(36).slice(2)}`)
  await db.open()
  return db
}
