import {
  EXTENSION_SEMANTICS,
  type ExtensionSemantics,
  GRADUAL_SEMANTICS,
  type GradualSemantics,
} from '@argmap/core/evaluate';
import { useCritique } from './CritiqueContext.tsx';

/** How each gradual semantics is named to students. */
export const STRENGTH_NAMES: Record<GradualSemantics, string> = {
  dfquad: 'DF-QuAD',
  quad: 'QuAD',
  euler: 'Euler-based',
  'quadratic-energy': 'Quadratic energy',
};

/** Picks how strengths and acceptance are computed; the canvas updates at once. */
export function SemanticsPicker() {
  const { settings, setSettings } = useCritique();
  return (
    <fieldset className="semantics" aria-label="How the map is weighed">
      <label>
        Strength{' '}
        <select
          value={settings.strength}
          onChange={(event) => setSettings({ ...settings, strength: event.target.value as GradualSemantics })}
        >
          {GRADUAL_SEMANTICS.map((s) => (
            <option key={s} value={s}>
              {STRENGTH_NAMES[s]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Acceptance{' '}
        <select
          value={settings.acceptance}
          onChange={(event) =>
            setSettings({ ...settings, acceptance: event.target.value as ExtensionSemantics })
          }
        >
          {EXTENSION_SEMANTICS.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}
