import { usePersistenceContext, usePersistenceState } from '../storage/PersistenceContext.tsx';

/** Shown while a map opened from a share link is on screen: it is read-only until copied. */
export function SharedBanner() {
  const { readOnly } = usePersistenceState();
  const { persistence } = usePersistenceContext();
  if (!readOnly) return null;
  return (
    <section className="shared-banner" aria-label="Shared map">
      <p>
        <strong>Shared map, read-only.</strong> Changes are not kept.
      </p>
      <button type="button" onClick={() => void persistence.makeCopy()}>
        Make a copy to edit
      </button>
    </section>
  );
}
