import { EDGE_KINDS, NODE_KINDS, PALETTE } from '@argmap/core';

/**
 * The palette as CSS custom properties, so stylesheets use the same colours as the TypeScript
 * that draws nodes: `--kind-<kind>-accent|tint|ink` and `--rel-<relation>`. The editor sets the
 * light scheme on the page; the projector sets its theme's scheme on its own root.
 */
export function paletteVariables(scheme: 'light' | 'dark'): Record<string, string> {
  const colours = PALETTE[scheme];
  const variables: Record<string, string> = {};
  for (const kind of NODE_KINDS) {
    variables[`--kind-${kind}-accent`] = colours.kinds[kind].accent;
    variables[`--kind-${kind}-tint`] = colours.kinds[kind].tint;
    variables[`--kind-${kind}-ink`] = colours.kinds[kind].ink;
  }
  for (const relation of EDGE_KINDS) variables[`--rel-${relation}`] = colours.relations[relation];
  return variables;
}

/** Sets the light scheme's variables on the page, once at start. */
export function installPalette(root: HTMLElement = document.documentElement): void {
  for (const [name, value] of Object.entries(paletteVariables('light'))) root.style.setProperty(name, value);
}
