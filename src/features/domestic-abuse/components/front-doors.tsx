import type { FrontDoor } from '../../../core/domestic-abuse/describe-support-network'

/** Refuges and other safe houses: a front-door contact under a public name, never a place. */
export function FrontDoors({ doors }: { doors: readonly FrontDoor[] }) {
  return (
    <section aria-labelledby="support-refuges-heading">
      <h2 id="support-refuges-heading">Refuges</h2>
      <p>
        Refuges are never shown on a map or given an address here. Contact them through the number
        or address below, or through the National Domestic Abuse Helpline.
      </p>
      {doors.length === 0 ? (
        <p>No refuge has listed a contact here yet.</p>
      ) : (
        <ul className="support-list">
          {doors.map((door, index) => (
            <li key={`${door.publicName}-${index}`} className="support-entry">
              <h3 className="support-entry__name">{door.publicName}</h3>
              <p className="support-entry__organisation">
                {door.schemeName}, {door.organisationName}
              </p>
              <p>Contact: {door.frontDoorContact}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
