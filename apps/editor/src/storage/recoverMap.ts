import {
  type ArgEdge,
  type ArgMap,
  type ArgMapDocument,
  type ArgNode,
  DEFAULT_BASE_SCORE,
  type Diagnostic,
  EDGE_KINDS,
  type EdgeKind,
  EVIDENCE_KINDS,
  type Evidence,
  type EvidenceKind,
  FORMAT_NAME,
  FORMAT_VERSION,
  fromDocument,
  type MapMeta,
  migrate,
  NODE_KINDS,
  type NodeKind,
  type Source,
  Table,
  type Tour,
  toDocument,
  validateMap,
} from '@argmap/core';

/**
 * A map rebuilt from whatever was stored, and every repair made on the way. An empty `repairs`
 * list means the input was already a valid map.
 */
export interface Recovered {
  map: ArgMap;
  /** One warning per repair, with the path of the part that was wrong. */
  repairs: Diagnostic[];
}

type Path = (string | number)[];
type Repair = (code: string, message: string, path: Path) => void;

/**
 * Rebuilds an argument map from untrusted data — a stored record from an older or buggy editor, or
 * a decoded share link — keeping everything that can be kept. It never throws and never returns an
 * invalid map: bad fields get defaults, dangling edges and unreadable nodes are dropped, and each
 * repair is reported so the student can be told what changed. Callers that must not change the
 * input (opening a file) treat any repair as an error instead.
 */
export function recoverMap(raw: unknown, now: Date = new Date()): Recovered {
  // Older format versions are upgraded by core's migrations first; that is not damage.
  const migrated = migrate(asDocument(raw));
  const input = migrated.ok ? migrated.value : raw;
  const strict = validateMap(input);
  if (strict.ok) {
    // Valid, perhaps with warnings (unknown fields dropped): those are reported, never silent.
    const notes = strict.diagnostics.filter((d) => d.code !== 'migrated');
    return { map: strict.value, repairs: notes.map((d) => ({ ...d, severity: 'warning' })) };
  }
  const repairs: Diagnostic[] = [];
  let map = lenientRestore(input, repairs, now);
  // Core's validator knows rules the lenient pass may not; drop whatever it still rejects.
  for (let round = 0; round < 3; round++) {
    const check = validateMap(map);
    if (check.ok) return { map: check.value, repairs };
    const errors = check.diagnostics.filter((d) => d.severity === 'error');
    for (const error of errors) repairs.push({ ...error, severity: 'warning' });
    map = lenientRestore(dropAt(map, errors), [], now);
  }
  return { map: fromDocument({ ...map, nodes: {}, edges: {} }), repairs };
}

/** A map already in memory as its plain document (the repair below reads records); anything else as is. */
function asDocument(raw: unknown): unknown {
  if (!isRecord(raw) || !(raw.nodes instanceof Table) || !(raw.edges instanceof Table)) return raw;
  return toDocument(raw as unknown as ArgMap);
}

/** The map without the nodes, edges or tours the diagnostics point into. */
function dropAt(map: ArgMapDocument, errors: Diagnostic[]): ArgMapDocument {
  const nodes = { ...map.nodes };
  const edges = { ...map.edges };
  let tours = map.tours ? [...map.tours] : undefined;
  for (const { path = [] } of errors) {
    const [section, key] = path;
    if (section === 'nodes' && typeof key === 'string') delete nodes[key];
    else if (section === 'edges' && typeof key === 'string') delete edges[key];
    else if (section === 'tours') tours = undefined;
  }
  const next: ArgMapDocument = { ...map, nodes, edges };
  if (tours) next.tours = tours;
  else delete next.tours;
  return next;
}

/** Ids that would reach an object's prototype if used as keys. */
const RESERVED = new Set(['__proto__', 'constructor', 'prototype']);

function lenientRestore(raw: unknown, repairs: Diagnostic[], now: Date): ArgMapDocument {
  const repair: Repair = (code, message, path) => repairs.push({ severity: 'warning', code, message, path });
  if (!isRecord(raw))
    repair('unreadable-map', 'The saved data was not a map at all; started an empty map.', []);
  const input: Record<string, unknown> = isRecord(raw) ? raw : {};
  if (input.format !== undefined && input.format !== FORMAT_NAME) {
    repair('wrong-format', `The format was not "${FORMAT_NAME}".`, ['format']);
  }
  if (typeof input.version === 'number' && input.version > FORMAT_VERSION) {
    repair(
      'newer-version',
      `This map was saved by a newer Argmap (format version ${input.version}); parts it added may be lost.`,
      ['version'],
    );
  }
  const meta = recoverMeta(input.meta, repair, now);
  // Maps, not plain objects, while rebuilding: a node whose id is "toString" must not find
  // Object.prototype.toString and pass for a second node with the same id.
  const nodes = recoverNodes(input.nodes, repair);
  const edges = recoverEdges(input.edges, nodes, repair);
  const map: ArgMapDocument = {
    format: FORMAT_NAME,
    version: FORMAT_VERSION,
    meta,
    nodes: Object.fromEntries(nodes),
    edges: Object.fromEntries(edges),
  };
  const tours = recoverTours(input.tours, nodes, repair);
  if (tours) map.tours = tours;
  return map;
}

function recoverMeta(raw: unknown, repair: Repair, now: Date): MapMeta {
  const stamp = now.toISOString();
  if (!isRecord(raw)) {
    repair('missing-meta', 'The map had no title or dates; called it "Recovered map".', ['meta']);
    return { title: 'Recovered map', created: stamp, modified: stamp };
  }
  let title = raw.title;
  if (typeof title !== 'string') {
    repair('missing-title', 'The map had no title; called it "Recovered map".', ['meta', 'title']);
    title = 'Recovered map';
  }
  const meta: MapMeta = { title: title as string };
  for (const key of ['description', 'language', 'created', 'modified'] as const) {
    const value = raw[key];
    if (typeof value === 'string') meta[key] = value;
    else if (value !== undefined) repair('bad-meta', `Dropped an unreadable ${key}.`, ['meta', key]);
  }
  if (Array.isArray(raw.authors))
    meta.authors = raw.authors.filter((a): a is string => typeof a === 'string');
  return meta;
}

function recoverNodes(raw: unknown, repair: Repair): Map<string, ArgNode> {
  const nodes = new Map<string, ArgNode>();
  for (const [key, value] of entriesOf(raw, 'nodes', repair)) {
    const path = ['nodes', key];
    if (!isRecord(value)) {
      repair('unreadable-node', `Dropped node "${key}": it was not a node.`, path);
      continue;
    }
    const id = typeof value.id === 'string' && value.id !== '' ? value.id : key;
    if (RESERVED.has(id) || RESERVED.has(key)) {
      repair('invalid-id', `Dropped node "${key}": its id cannot be used.`, path);
      continue;
    }
    if (nodes.has(id)) {
      repair('duplicate-node', `Dropped a second node with id "${id}".`, path);
      continue;
    }
    let kind = value.kind as NodeKind;
    if (!NODE_KINDS.includes(kind)) {
      kind = isRecord(value.evidence) ? 'evidence' : 'claim';
      repair('bad-node-kind', `Node "${id}" had an unknown kind; made it a ${kind}.`, [...path, 'kind']);
    }
    let text = value.text;
    if (typeof text !== 'string') {
      repair('bad-node-text', `Node "${id}" had no text; left it empty.`, [...path, 'text']);
      // Only scalars become text: String() on a list walks into it, and a hostile list nests deep.
      text = typeof text === 'number' || typeof text === 'boolean' ? String(text) : '';
    }
    const node: ArgNode = { id, kind, text: text as string, baseScore: DEFAULT_BASE_SCORE };
    const score = value.baseScore;
    if (typeof score === 'number' && Number.isFinite(score)) {
      node.baseScore = Math.min(1, Math.max(0, score));
      if (node.baseScore !== score)
        repair('bad-score', `Node "${id}"'s score was outside 0–1.`, [...path, 'baseScore']);
    } else if (score !== undefined) {
      repair('bad-score', `Node "${id}" had an unreadable score; reset it to 0.5.`, [...path, 'baseScore']);
    }
    if (typeof value.notes === 'string') node.notes = value.notes;
    if (Array.isArray(value.tags)) node.tags = value.tags.filter((t): t is string => typeof t === 'string');
    if (typeof value.collapsed === 'boolean') node.collapsed = value.collapsed;
    if (value.position !== undefined) {
      const p = value.position;
      if (isRecord(p) && Number.isFinite(p.x) && Number.isFinite(p.y)) {
        node.position = { x: p.x as number, y: p.y as number };
      } else {
        repair('bad-position', `Node "${id}" had an unreadable position; it will be laid out again.`, [
          ...path,
          'position',
        ]);
      }
    }
    const evidence = recoverEvidence(id, kind, value.evidence, [...path, 'evidence'], repair);
    if (evidence) node.evidence = evidence;
    nodes.set(id, node);
  }
  return nodes;
}

function recoverEvidence(
  id: string,
  kind: NodeKind,
  raw: unknown,
  path: Path,
  repair: Repair,
): Evidence | undefined {
  if (kind !== 'evidence') {
    if (raw !== undefined)
      repair('misplaced-evidence', `Dropped a citation from non-evidence node "${id}".`, path);
    return undefined;
  }
  if (!isRecord(raw)) {
    repair('missing-evidence', `Evidence node "${id}" had no citation; added an empty one.`, path);
    return { quote: '', kind: 'other', source: {} };
  }
  let evidenceKind = raw.kind as EvidenceKind;
  if (!EVIDENCE_KINDS.includes(evidenceKind)) {
    repair('bad-evidence-kind', `Evidence "${id}" had an unknown kind; made it "other".`, [...path, 'kind']);
    evidenceKind = 'other';
  }
  const quote = typeof raw.quote === 'string' ? raw.quote : '';
  if (typeof raw.quote !== 'string')
    repair('missing-quote', `Evidence "${id}" had no quote.`, [...path, 'quote']);
  const source: Source = {};
  const rawSource = isRecord(raw.source) ? raw.source : {};
  for (const key of ['speaker', 'role', 'title', 'outlet', 'date'] as const) {
    if (typeof rawSource[key] === 'string') source[key] = rawSource[key] as string;
  }
  if (typeof rawSource.url === 'string') {
    if (isWebUrl(rawSource.url)) source.url = rawSource.url;
    else
      repair('unsafe-url', `Dropped a source link that was not http(s) from "${id}".`, [
        ...path,
        'source',
        'url',
      ]);
  }
  return { quote, kind: evidenceKind, source };
}

function recoverEdges(raw: unknown, nodes: Map<string, ArgNode>, repair: Repair): Map<string, ArgEdge> {
  const candidates: ArgEdge[] = [];
  const seen = new Set<string>();
  for (const [key, value] of entriesOf(raw, 'edges', repair)) {
    const path = ['edges', key];
    const id = isRecord(value) && typeof value.id === 'string' && value.id !== '' ? value.id : key;
    if (
      !isRecord(value) ||
      !EDGE_KINDS.includes(value.kind as EdgeKind) ||
      typeof value.source !== 'string' ||
      typeof value.target !== 'string'
    ) {
      repair('unreadable-edge', `Dropped link "${key}": it was not a readable link.`, path);
      continue;
    }
    if (RESERVED.has(id) || RESERVED.has(key)) {
      repair('invalid-id', `Dropped link "${key}": its id cannot be used.`, path);
      continue;
    }
    if (seen.has(id) || nodes.has(id)) {
      repair('duplicate-edge', `Dropped a second link with id "${id}".`, path);
      continue;
    }
    seen.add(id);
    candidates.push({ id, kind: value.kind as EdgeKind, source: value.source, target: value.target });
  }
  const byId = new Map(candidates.map((edge) => [edge.id, edge]));
  const edges = new Map<string, ArgEdge>();
  for (const edge of candidates) {
    const path = ['edges', edge.id];
    const targetOk =
      edge.kind === 'undercuts'
        ? byId.get(edge.target)?.kind !== undefined && byId.get(edge.target)?.kind !== 'undercuts'
        : nodes.has(edge.target);
    if (!nodes.has(edge.source) || !targetOk) {
      repair('dangling-edge', `Dropped link "${edge.id}": one of its ends no longer exists.`, path);
      continue;
    }
    // A self-attack (opposes) is valid; a statement supporting itself is not.
    if (edge.source === edge.target && edge.kind !== 'opposes') {
      repair('self-edge', `Dropped link "${edge.id}": it made a node support itself.`, path);
      continue;
    }
    edges.set(edge.id, edge);
  }
  // An undercut of a link dropped above now dangles too.
  for (const edge of [...edges.values()]) {
    if (edge.kind === 'undercuts' && !edges.has(edge.target)) {
      edges.delete(edge.id);
      repair('dangling-edge', `Dropped link "${edge.id}": the link it undercut was dropped.`, [
        'edges',
        edge.id,
      ]);
    }
  }
  return edges;
}

function recoverTours(raw: unknown, nodes: Map<string, ArgNode>, repair: Repair): Tour[] | undefined {
  if (raw === undefined) return undefined;
  if (!Array.isArray(raw)) {
    repair('bad-tours', 'Dropped unreadable tours.', ['tours']);
    return undefined;
  }
  const tours: Tour[] = [];
  raw.forEach((tour, index) => {
    if (!isRecord(tour) || !Array.isArray(tour.steps)) {
      repair('bad-tour', `Dropped unreadable tour ${index + 1}.`, ['tours', index]);
      return;
    }
    const steps = tour.steps.filter(isRecord).map((step, stepIndex) => {
      const ids = Array.isArray(step.nodes)
        ? step.nodes.filter((n): n is string => typeof n === 'string')
        : [];
      const kept = ids.filter((n) => nodes.has(n));
      if (kept.length !== ids.length) {
        repair('dangling-tour-node', 'A tour step named nodes that no longer exist.', [
          'tours',
          index,
          'steps',
          stepIndex,
        ]);
      }
      return {
        id: typeof step.id === 'string' ? step.id : `step-${stepIndex + 1}`,
        nodes: kept,
        ...(typeof step.title === 'string' ? { title: step.title } : {}),
        ...(typeof step.notes === 'string' ? { notes: step.notes } : {}),
      };
    });
    tours.push({
      id: typeof tour.id === 'string' ? tour.id : `tour-${index + 1}`,
      title: typeof tour.title === 'string' ? tour.title : `Tour ${index + 1}`,
      steps,
    });
  });
  return tours;
}

/** Entries of a keyed record, or of an array of objects keyed by their `id` (older drafts). */
function entriesOf(raw: unknown, field: string, repair: Repair): [string, unknown][] {
  if (raw === undefined) return [];
  if (Array.isArray(raw)) {
    return raw.map((item, index) => [
      isRecord(item) && typeof item.id === 'string' ? item.id : `${field}-${index + 1}`,
      item,
    ]);
  }
  if (isRecord(raw)) return Object.entries(raw);
  repair(`unreadable-${field}`, `Dropped the ${field}: they were not readable.`, [field]);
  return [];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Only http(s) links are kept: a `javascript:` URL in a citation must never become a link. */
export function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
