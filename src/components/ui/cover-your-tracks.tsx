import './cover-your-tracks.css'

/**
 * A short "cover your tracks" note beside "Exit this page": what the button does not hide and how
 * to leave fewer traces (after Women's Aid's and GOV.UK's guidance for domestic-abuse pages).
 */
export function CoverYourTracks() {
  return (
    <details className="cover-your-tracks">
      <summary>Cover your tracks online</summary>
      <p>
        &ldquo;Exit this page&rdquo; (or pressing Shift three times) takes you to another website
        straight away, and Back does not return here. It does not hide everything:
      </p>
      <ul>
        <li>
          This visit still shows in your browser&rsquo;s history. Delete it there: open History
          (Ctrl+H, or ⌘+Y on a Mac; on a phone in the browser&rsquo;s menu) and remove the pages
          from this site, rather than clearing everything, which can look suspicious.
        </li>
        <li>
          A private or incognito window keeps no history once it is closed. Open one from the
          browser&rsquo;s menu before visiting.
        </li>
        <li>
          Someone who controls your device, account or network may still see what you do. If you
          can, use a device they cannot get to, such as a friend&rsquo;s or a library computer.
        </li>
      </ul>
    </details>
  )
}
