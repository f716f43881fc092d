/**
 * How maps' tables and evaluation results look in `console.log`, the Node REPL and debuggers that
 * use `util.inspect`: as the data they hold (`Table(2) { 'q' => { … }, 'p' => { … } }`) rather
 * than `Table {}`, the empty shell of a class whose fields are private.
 *
 * The hook is the registered symbol `util.inspect` looks for, so the core never imports
 * `node:util` and stays the same code in a browser, where the method is simply never called.
 *
 * @module
 */

/** The symbol `util.inspect` calls: `Symbol.for('nodejs.util.inspect.custom')`. */
export const INSPECT: unique symbol = Symbol.for('nodejs.util.inspect.custom') as never;

/** The options `util.inspect` passes to a custom inspector (the part used here). */
export interface InspectOptions {
  depth?: number | null;
  stylize?: (text: string, style: string) => string;
}

/** `util.inspect` itself, as Node passes it to a custom inspector. */
export type Inspect = (value: unknown, options?: InspectOptions) => string;

/**
 * What `util.inspect` shows for a keyed collection called `name`: its entries as a `Map` would
 * show them (Node cuts long ones at `maxArrayLength` and says how many more), under its own name.
 * Past the depth limit, `[name(size)]`, as Node writes a nested `Map`.
 */
export function inspectEntries(
  name: string,
  size: number,
  entries: () => Iterable<readonly [string, unknown]>,
  depth: number,
  options: InspectOptions,
  inspect: Inspect | undefined,
): string {
  const label = `${name}(${size})`;
  if (inspect === undefined) return label;
  if (depth < 0) return options.stylize?.(`[${label}]`, 'special') ?? `[${label}]`;
  const inner = inspect(new Map(entries()), {
    ...options,
    depth: options.depth === null || options.depth === undefined ? options.depth : options.depth - 1,
  });
  return inner.replace(/^Map\(\d+\)/u, label);
}
