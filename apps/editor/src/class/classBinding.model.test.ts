import { readDocument, writeDocument } from '@argmap/classroom';
import {
  type ArgMap,
  type ArgMapDocument,
  addNode,
  combine,
  connect,
  removeNode,
  toDocument,
  updateNode,
} from '@argmap/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createEditorStore, type EditorStore } from '../state/editorStore.ts';
import { smallDebate } from '../test/smallMap.ts';
import { bindStoreToDoc } from './classBinding.ts';

/**
 * Model-based test of a class of three editors whose documents reach each other through ordered
 * links that deliver whenever the test says (as WebSockets through a server do), with random edits,
 * undos, redos and folds in between. The edits are the kind the server never has to refuse (each
 * person adds under the map's first nodes and changes or removes only what they added), so the test
 * is about the binding itself. After every step: each editor shows exactly its document (folding
 * aside) and no undo took back anyone else's work; once every link is drained, all three agree.
 */

interface Person {
  name: string;
  doc: Y.Doc;
  store: EditorStore;
  /** Updates on their way to each of the other two, in order. */
  outbox: Map<Person, Uint8Array[]>;
}
interface Real {
  people: Person[];
}
type Model = Record<string, never>;

const FIXED = ['q', 'yes', 'no', 'ev'];
let added = 0;

/** A map as comparable JSON, folding aside. */
function comparable(document: ArgMapDocument): unknown {
  const nodes: Record<string, unknown> = {};
  for (const [id, node] of Object.entries(document.nodes)) {
    const { collapsed: _fold, ...rest } = node;
    nodes[id] = rest;
  }
  return JSON.parse(JSON.stringify({ ...document, nodes }));
}
const ownIds = (person: Person, map: ArgMap) =>
  [...map.nodes.keys()].filter((id) => id.startsWith(`${person.name}-`));

function checkShowsItsDocument(person: Person) {
  expect(
    comparable(toDocument(person.store.getSnapshot().map)),
    `${person.name}'s editor shows its document`,
  ).toEqual(comparable(readDocument(person.doc)));
}

abstract class Step implements fc.Command<Model, Real> {
  constructor(readonly who: number) {}
  check() {
    return true;
  }
  abstract act(person: Person, real: Real): void;
  run(_model: Model, real: Real) {
    const person = real.people[this.who % real.people.length] as Person;
    const others = real.people.filter((p) => p !== person);
    const before = others.map((p) =>
      ownIds(p, person.store.getSnapshot().map).map((id) => person.store.getSnapshot().map.nodes.get(id)),
    );
    this.act(person, real);
    // Nothing this person did changed what the others added (as this person sees it).
    const after = others.map((p) =>
      ownIds(p, person.store.getSnapshot().map).map((id) => person.store.getSnapshot().map.nodes.get(id)),
    );
    expect(after, `${this} left others' nodes alone`).toEqual(before);
    for (const p of real.people) checkShowsItsDocument(p);
  }
  abstract toString(): string;
}

class AddReason extends Step {
  constructor(
    who: number,
    readonly target: number,
    readonly text: string,
  ) {
    super(who);
  }
  act(person: Person) {
    const id = `${person.name}-${++added}`;
    const target = FIXED[this.target % FIXED.length] as string;
    person.store.apply((m) =>
      combine(m, 'Add reason', [
        (x) => addNode(x, { id, kind: 'claim', text: this.text }),
        (x) => connect(x, { kind: 'supports', source: id, target }),
      ]),
    );
  }
  toString() {
    return `AddReason(${this.who}, ${this.target}, ${JSON.stringify(this.text)})`;
  }
}

class EditOwn extends Step {
  constructor(
    who: number,
    readonly index: number,
    readonly text: string,
  ) {
    super(who);
  }
  act(person: Person) {
    const own = ownIds(person, person.store.getSnapshot().map);
    const id = own[this.index % Math.max(own.length, 1)];
    if (id) person.store.apply((m) => updateNode(m, id, { text: this.text }));
  }
  toString() {
    return `EditOwn(${this.who}, ${this.index}, ${JSON.stringify(this.text)})`;
  }
}

class RemoveOwn extends Step {
  constructor(
    who: number,
    readonly index: number,
  ) {
    super(who);
  }
  act(person: Person) {
    const own = ownIds(person, person.store.getSnapshot().map);
    const id = own[this.index % Math.max(own.length, 1)];
    if (id) person.store.apply((m) => removeNode(m, id));
  }
  toString() {
    return `RemoveOwn(${this.who}, ${this.index})`;
  }
}

class Fold extends Step {
  constructor(
    who: number,
    readonly target: number,
  ) {
    super(who);
  }
  act(person: Person) {
    const id = FIXED[this.target % FIXED.length] as string;
    const node = person.store.getSnapshot().map.nodes.get(id);
    person.store.apply((m) => updateNode(m, id, { collapsed: !node?.collapsed }), { view: true });
  }
  toString() {
    return `Fold(${this.who}, ${this.target})`;
  }
}

class Undo extends Step {
  act(person: Person) {
    person.store.undo();
  }
  toString() {
    return `Undo(${this.who})`;
  }
}

class Redo extends Step {
  act(person: Person) {
    person.store.redo();
  }
  toString() {
    return `Redo(${this.who})`;
  }
}

/** Delivers the oldest update on one link. */
class Deliver implements fc.Command<Model, Real> {
  constructor(
    readonly from: number,
    readonly to: number,
  ) {}
  check() {
    return true;
  }
  run(_model: Model, { people }: Real) {
    const sender = people[this.from % people.length] as Person;
    const receivers = people.filter((p) => p !== sender);
    const receiver = receivers[this.to % receivers.length] as Person;
    const update = sender.outbox.get(receiver)?.shift();
    if (update) Y.applyUpdate(receiver.doc, update, 'relay');
    for (const p of people) checkShowsItsDocument(p);
  }
  toString() {
    return `Deliver(${this.from} → ${this.to})`;
  }
}

const who = fc.nat({ max: 2 });
const text = fc.constantFrom('Fewer distractions', 'Better sleep', 'Emergencies', 'Cyberbullying', '');
const steps = [
  fc.tuple(who, fc.nat(), text).map(([w, t, s]) => new AddReason(w, t, s || 'A reason')),
  fc.tuple(who, fc.nat(), text).map(([w, i, s]) => new EditOwn(w, i, s)),
  fc.tuple(who, fc.nat()).map(([w, i]) => new RemoveOwn(w, i)),
  fc.tuple(who, fc.nat()).map(([w, t]) => new Fold(w, t)),
  who.map((w) => new Undo(w)),
  who.map((w) => new Redo(w)),
  fc.tuple(who, fc.nat({ max: 1 })).map(([f, t]) => new Deliver(f, t)),
  fc.tuple(who, fc.nat({ max: 1 })).map(([f, t]) => new Deliver(f, t)),
];

function classOfThree(): Real {
  const start = smallDebate();
  const origin = new Y.Doc();
  writeDocument(origin, toDocument(start));
  const people: Person[] = ['ada', 'grace', 'alan'].map((name) => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(origin));
    const store = createEditorStore(start);
    bindStoreToDoc(store, doc);
    return { name, doc, store, outbox: new Map() };
  });
  for (const person of people) {
    for (const other of people) if (other !== person) person.outbox.set(other, []);
    person.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === 'relay') return;
      for (const queue of person.outbox.values()) queue.push(update);
    });
  }
  return { people };
}

describe('a class of three editors over links that deliver late (model-based)', () => {
  it('shows each its document, never undoes others, and agrees once every link is drained', () => {
    fc.assert(
      fc.property(fc.commands(steps, { maxCommands: 60, size: 'large' }), (commands) => {
        const real = classOfThree();
        fc.modelRun(() => ({ model: {}, real }), commands);
        // Drain every link: a receiver's own edits meanwhile have queued too, so loop until quiet.
        for (let pending = true; pending; ) {
          pending = false;
          for (const sender of real.people) {
            for (const [receiver, queue] of sender.outbox) {
              for (let update = queue.shift(); update; update = queue.shift()) {
                Y.applyUpdate(receiver.doc, update, 'relay');
                pending = true;
              }
            }
          }
        }
        const [first, ...rest] = real.people.map((p) => comparable(toDocument(p.store.getSnapshot().map)));
        for (const other of rest) expect(other).toEqual(first);
      }),
      { numRuns: 60 },
    );
  });
});
