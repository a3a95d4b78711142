import type { PlasmoCSConfig } from "plasmo"
import { M } from "~src/sites/m"
export const config: PlasmoCSConfig = { matches: M, all_frames: true }
export default function Overlay() { return <div id="x">hello</div> }
