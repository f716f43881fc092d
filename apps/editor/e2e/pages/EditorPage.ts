import { expect, type Locator, type Page } from '@playwright/test';

/** The editor as a student sees it, driven by intent: add a reason, undo, switch off evidence. */
export class EditorPage {
  readonly page: Page;
  readonly canvas: Locator;
  readonly toolbar: Locator;
  readonly inspector: Locator;
  readonly status: Locator;

  constructor(page: Page) {
    this.page = page;
    this.canvas = page.locator('.react-flow');
    this.toolbar = page.getByRole('toolbar', { name: 'Edit the map' });
    this.inspector = page.getByRole('complementary', { name: 'Inspector' });
    this.status = page.locator('.status-line');
  }

  /** Opens the editor; `query` adds URL parameters (e.g. `empty=1`). */
  /** Opens the editor and waits until it has opened its first map and drawn it. */
  async open(query = '') {
    await this.page.goto(`/${query}`);
    await expect(this.page.locator('[data-map-opened]')).toBeAttached();
    await expect(this.page.locator('.react-flow__node').first()).toBeVisible();
  }

  /** Opens the editor and replaces the map with an empty one (through the test hook). */
  async openEmpty(title = 'My first map') {
    await this.page.goto('/');
    await expect(this.canvas).toBeVisible();
    await this.untilStarted();
    await this.page.evaluate((mapTitle) => {
      const now = new Date().toISOString();
      window.argmapEditor?.loadDocument({
        format: 'argmap',
        version: 2,
        meta: { title: mapTitle, created: now, modified: now },
        nodes: {},
        edges: {},
      });
    }, title);
    await expect(this.nodes()).toHaveCount(0);
  }

  /** Loads any map through the test hook. */
  async loadMap(map: unknown) {
    await this.untilStarted();
    await this.page.evaluate((m) => window.argmapEditor?.loadDocument(m), map);
  }

  /**
   * Waits until the test hook is there and the editor has opened its first map (the last one
   * stored, or the example in a fresh browser). A map loaded through the hook before that is
   * replaced when the first map arrives. The loading cover leaves a `data-map-opened` marker then:
   * waiting for the cover to be gone could pass before it was ever drawn.
   */
  private async untilStarted() {
    await this.page.waitForFunction(() => window.argmapEditor !== undefined);
    await expect(this.page.locator('[data-map-opened]')).toBeAttached({ timeout: 30_000 });
  }

  /** The node whose text contains `text`. */
  node(text: string | RegExp): Locator {
    return this.page
      .locator('.react-flow__node')
      .filter({ has: this.page.locator('.arg-node__text', { hasText: text }) });
  }

  nodes(): Locator {
    return this.page.locator('.react-flow__node');
  }

  edges(): Locator {
    return this.page.locator('.react-flow__edge');
  }

  /** The inline text field of the node being edited. */
  editor(): Locator {
    return this.page.locator('.arg-node__editor');
  }

  /** Types into the node being edited and saves with Enter. */
  async typeText(text: string) {
    await expect(this.editor()).toBeFocused();
    await this.editor().fill(text);
    await this.editor().press('Enter');
  }

  button(name: string | RegExp): Locator {
    return this.toolbar.getByRole('button', { name });
  }

  /** The strength shown on a node, as a percentage number. */
  async strengthOf(text: string | RegExp): Promise<number> {
    const value = await this.node(text).locator('.verdict__value').textContent();
    return Number(value?.replace('%', ''));
  }
}
