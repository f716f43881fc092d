/**
 * The formats package, loaded on first use. Importers such as Argdown pull in large parsers; a
 * dynamic import keeps them out of the bundle the editor needs to start.
 *
 * @module
 */

/** The part of `@argmap/formats` the editor uses. */
export type Formats = typeof import('@argmap/formats');

let loading: Promise<Formats> | undefined;
let loaded: Formats | undefined;

/** Loads `@argmap/formats` once; later calls share the same promise. */
export function loadFormats(): Promise<Formats> {
  loading ??= import('@argmap/formats').then((formats) => {
    loaded = formats;
    return formats;
  });
  return loading;
}

/** The formats package if it has finished loading, for code that cannot wait (printing). */
export function formatsIfLoaded(): Formats | undefined {
  return loaded;
}
