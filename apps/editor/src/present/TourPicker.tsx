import type { Tour } from '@argmap/core';

/** Props of {@link TourPicker}. */
export interface TourPickerProps {
  tours: readonly Tour[];
  /** The chosen tour's id. */
  value: string | undefined;
  onChange: (tourId: string) => void;
  className?: string;
}

/**
 * "Tour [choice]": picks one of the map's tours, in the tour panel and the handout dialog. Nothing
 * when there is only one tour to pick.
 */
export function TourPicker({ tours, value, onChange, className }: TourPickerProps) {
  if (tours.length < 2) return null;
  return (
    <label className={className}>
      Tour{' '}
      <select value={value} onChange={(event) => onChange(event.target.value)}>
        {tours.map((t) => (
          <option key={t.id} value={t.id}>
            {t.title}
          </option>
        ))}
      </select>
    </label>
  );
}
