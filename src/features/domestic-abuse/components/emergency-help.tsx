/** How to get help now: static text, so it shows even when nothing else loads. */
export function EmergencyHelp() {
  return (
    <section className="support-emergency" aria-labelledby="support-emergency-heading">
      <h2 id="support-emergency-heading">If you are in danger now</h2>
      <p>
        Call <strong>999</strong> and ask for the police. If you cannot speak, stay on the line and
        press 55 when asked (the Silent Solution).
      </p>
      <p>
        National Domestic Abuse Helpline, free, 24 hours a day:{' '}
        <a href="tel:08082000247">
          <strong>0808 2000 247</strong>
        </a>
      </p>
    </section>
  )
}
