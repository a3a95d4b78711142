import * as z from "zod"
const s = z.object({ a: z.string() })
console.log(s.safeParse({ a: "x" }).success)
