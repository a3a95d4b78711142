import type { EvphDatabase } from "./db"
import { guardWrite } from "./store-error"

/** Removes every case, attempt, incident, tried fix and setting, all or nothing. */
export async function deleteAllData(db: EvphDatabase): Promise<void> {
  await guardWrite(() =>
    db.transaction("rw", [db.cases, db.attempts, db.incidents, db.tried, db.settings], async () => {
      await Promise.all([db.cases.clear(), db.attempts.clear(), db.incidents.clear(), db.tried.clear(), db.settings.clear()])
    })
  )
}
