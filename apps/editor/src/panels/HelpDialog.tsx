import { SHORTCUTS } from '../shortcuts/shortcutTable.ts';
import { Dialog } from './Dialog.tsx';

/** The `?` overlay: every keyboard shortcut, and the mouse gestures. */
export function HelpDialog() {
  return (
    <Dialog title="Keyboard shortcuts" wide>
      <table className="shortcut-table">
        <tbody>
          {SHORTCUTS.map((shortcut) => (
            <tr key={shortcut.label}>
              <th scope="row">
                <kbd>{shortcut.label}</kbd>
              </th>
              <td>{shortcut.description}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        With the mouse: double-click the empty canvas to add a node; drag from the dot on top of a node to
        another node to connect them; drag a box with Shift held to select several; Tab moves between nodes,
        question first.
      </p>
    </Dialog>
  );
}
