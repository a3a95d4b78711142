export default function Popup() { return <div>popup</div> }
