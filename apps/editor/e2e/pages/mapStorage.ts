import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';

/** Where the editor keeps maps: the IndexedDB database and object store (see src/storage). */
const DB = 'argmap';
const STORE = 'maps';

/**
 * The editor as a student saving, opening and sharing maps: the File menu, the save status,
 * the maps list, notices, and direct access to the stored records for corruption tests.
 */
export class MapStorage {
  readonly nodes: Locator;
  readonly saveStatus: Locator;
  readonly notice: Locator;

  constructor(readonly page: Page) {
    this.nodes = page.locator('.react-flow__node');
    this.saveStatus = page.locator('.save-status');
    this.notice = page.getByRole('dialog').filter({ has: page.locator('#notice-title') });
  }

  /** Opens the editor and waits until the last map is back on screen. */
  async open(url = '/'): Promise<void> {
    await this.page.goto(url);
    // Generous: the first load on a busy shared machine can take several seconds. The marker is
    // there once the map is open (the cover's absence could be seen before the cover was drawn).
    await expect(this.page.locator('[data-map-opened]')).toBeAttached({ timeout: 30_000 });
    await expect(this.nodes.first()).toBeVisible({ timeout: 30_000 });
  }

  /** The title in the header. */
  title(): Locator {
    return this.page.locator('.app-header__title');
  }

  /** Waits until the latest change is stored. */
  async expectSaved(): Promise<void> {
    await expect(this.saveStatus).toHaveText('Saved in this browser');
  }

  /** Adds a node with the toolbar: an edit that needs nothing selected. */
  async addNode(): Promise<void> {
    await this.page.getByRole('button', { name: '+ Node' }).click();
  }

  /** Clicks an entry of the File menu. */
  async fileMenu(item: string | RegExp): Promise<void> {
    await this.page.getByRole('button', { name: 'File', exact: true }).click();
    await this.page.locator('#file-menu-list').getByRole('button', { name: item }).click();
  }

  /** Opens a file through "Open or import a file…", as if picked in the browser's dialog. */
  async openFile(name: string, contents: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.fileMenu('Open or import a file…');
    await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(contents) });
  }

  /** Drags a file from the desktop and drops it on the canvas. */
  async dropFile(name: string, contents: string): Promise<void> {
    const transfer = await this.page.evaluateHandle(
      ({ name, contents }) => {
        const data = new DataTransfer();
        data.items.add(new File([contents], name, { type: 'application/json' }));
        return data;
      },
      { name, contents },
    );
    const canvas = this.page.getByRole('main', { name: 'Argument map' });
    await canvas.dispatchEvent('dragenter', { dataTransfer: transfer });
    await canvas.dispatchEvent('dragover', { dataTransfer: transfer });
    await canvas.dispatchEvent('drop', { dataTransfer: transfer });
  }

  /** Clicks a File menu entry that downloads, and returns the file's name and text. */
  async download(item: string | RegExp): Promise<{ name: string; text: string }> {
    const download = this.page.waitForEvent('download');
    await this.fileMenu(item);
    const file = await download;
    const path = await file.path();
    return { name: file.suggestedFilename(), text: readFileSync(path, 'utf8') };
  }

  /** Opens the maps list. */
  async showMaps(): Promise<Locator> {
    await this.fileMenu('Your maps…');
    const home = this.page.getByRole('dialog', { name: 'Your maps' });
    await expect(home).toBeVisible();
    return home;
  }

  /** Every stored key and value, read straight from IndexedDB. */
  async storedRecords(): Promise<Record<string, unknown>> {
    return this.page.evaluate(
      ({ db, store }) =>
        new Promise<Record<string, unknown>>((resolve, reject) => {
          const open = indexedDB.open(db);
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction(store, 'readonly');
            const all: Record<string, unknown> = {};
            const cursor = tx.objectStore(store).openCursor();
            cursor.onsuccess = () => {
              const c = cursor.result;
              if (!c) {
                open.result.close();
                resolve(all);
                return;
              }
              all[String(c.key)] = c.value;
              c.continue();
            };
          };
        }),
      { db: DB, store: STORE },
    );
  }

  /** Overwrites one stored record, as a bug or a disk error might. */
  async writeRecord(key: string, value: unknown): Promise<void> {
    await this.page.evaluate(
      ({ db, store, key, value }) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open(db);
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction(store, 'readwrite');
            tx.objectStore(store).put(value, key);
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      { db: DB, store: STORE, key, value },
    );
  }

  /** From now on every IndexedDB write fails as if the disk were full. */
  async fillTheDisk(): Promise<void> {
    await this.page.evaluate(() => {
      IDBObjectStore.prototype.put = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
  }
}
