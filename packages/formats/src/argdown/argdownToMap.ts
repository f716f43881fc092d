/**
 * Maps what the Argdown reader found onto Argmap's model.
 *
 * - Each statement (equivalence class) that is titled or related becomes a node; each argument
 *   becomes a node too, so relations to and from it have somewhere to land.
 * - `+` becomes `supports`, `-` becomes `opposes`, `><` two `opposes` edges, `_` an `undercuts`
 *   edge aimed at the first support/opposition leaving the undercut element.
 * - A premise–conclusion structure becomes premises (and intermediary conclusions) supporting the
 *   argument's node, which supports its main conclusion; the numbered structure itself, with its
 *   inference rules, is kept word for word in the argument's notes.
 * - `{kind: …}` data sets the node kind (default `claim`); `{score: …}` the base score; evidence
 *   nodes read their source from `speaker`, `role`, `sourceTitle`, `outlet`, `date`, `url` and
 *   `evidenceKind`. Other data, extra member texts and headings go to the notes.
 *
 * @module
 */
import {
  type ArgMap,
  EVIDENCE_KINDS,
  type EvidenceKind,
  NODE_KINDS,
  type NodeKind,
  type Result,
  type Source,
} from '@argmap/core';
import type { ParseOptions } from '../adapter.ts';
import { MapBuilder } from '../mapBuilder.ts';
import type { ArgdownAnnotated, ArgdownArgument, ArgdownModel, ArgdownRef } from './argdownModel.ts';

/** Titles that can serve as node ids as they are (what our serializer writes). */
export const ID_LIKE_TITLE = /^[\p{L}\p{N}_][\p{L}\p{N}_.-]*$/u;

const SOURCE_KEYS: Record<string, keyof Source> = {
  speaker: 'speaker',
  role: 'role',
  sourceTitle: 'title',
  outlet: 'outlet',
  date: 'date',
  url: 'url',
};
const NODE_KEYS = new Set(['kind', 'score', 'notes', 'quote', 'evidenceKind', ...Object.keys(SOURCE_KEYS)]);
const BASIC_KEYS = new Set(['kind', 'score', 'notes']);
const META_KEYS = new Set(['title', 'author', 'authors', 'description', 'language', 'lang']);

/** Builds the map; warnings say what was approximated. */
export function argdownToMap(model: ArgdownModel, options?: ParseOptions): Result<ArgMap> {
  const builder = new MapBuilder(model.frontMatter.title, 'Imported Argdown', options);
  const { meta } = builder;
  const author = model.frontMatter.authors ?? model.frontMatter.author;
  if (author)
    meta.authors = author
      .replace(/^\[|\]$/g, '')
      .split(/\s*(?:,|;| and )\s*/)
      .filter(Boolean);
  const language = model.frontMatter.language ?? model.frontMatter.lang;
  if (language) meta.language = language;
  const description = [model.frontMatter.description, ...model.prose].filter(Boolean).join('\n\n');
  if (description) meta.description = description;
  const ignored = Object.keys(model.frontMatter).filter((key) => !META_KEYS.has(key));
  if (ignored.length > 0) {
    builder.warn(
      'argdown-frontmatter-ignored',
      `Frontmatter settings with no place in an Argmap map were not imported: ${ignored.join(', ')}.`,
      { line: 1, column: 1 },
    );
  }

  const ids = new Map<string, string>();
  const key = (ref: ArgdownRef): string => `${ref.type}:${ref.title}`;
  for (const statement of model.statements.values()) {
    ids.set(
      key({ type: 'statement', title: statement.title }),
      addElement(builder, statement, undefined, model),
    );
  }
  for (const argument of model.arguments.values()) {
    ids.set(key({ type: 'argument', title: argument.title }), addElement(builder, argument, argument, model));
  }

  // Inferences first, so the undercuts below find the edges they attack.
  for (const argument of model.arguments.values()) {
    const argId = ids.get(key({ type: 'argument', title: argument.title })) as string;
    const at = { line: argument.line, column: argument.column };
    for (const item of argument.pcs) {
      const itemId = ids.get(key({ type: 'statement', title: item.title }));
      if (itemId === undefined) continue;
      if (item.role === 'main-conclusion') {
        if (!builder.hasPair(argId, itemId)) builder.addEdge('supports', argId, itemId, at);
      } else if (!builder.hasPair(itemId, argId)) builder.addEdge('supports', itemId, argId, at);
    }
  }
  const undercuts = model.relations.filter((relation) => relation.type === 'undercut');
  for (const relation of model.relations) {
    if (relation.type === 'undercut') continue;
    const from = ids.get(key(relation.from));
    const to = ids.get(key(relation.to));
    if (from === undefined || to === undefined) continue;
    const at = { line: relation.line, column: relation.column };
    builder.addEdge(relation.type === 'support' ? 'supports' : 'opposes', from, to, at);
    if (relation.type === 'contradictory') builder.addEdge('opposes', to, from, at);
  }
  for (const relation of undercuts) {
    const from = ids.get(key(relation.from));
    const to = ids.get(key(relation.to));
    if (from === undefined || to === undefined) continue;
    const at = { line: relation.line, column: relation.column };
    const inference = builder.outgoingInference(to);
    if (inference) builder.addEdge('undercuts', from, inference.id, at);
    else {
      builder.warn(
        'argdown-undercut-without-inference',
        `"${relation.from.title}" undercuts "${relation.to.title}", which supports or opposes nothing; imported as an opposition.`,
        at,
      );
      builder.addEdge('opposes', from, to, at);
    }
  }
  return { ok: true, value: builder.build(), diagnostics: builder.diagnostics };
}

/** Adds one statement or argument as a node and returns its id. */
function addElement(
  builder: MapBuilder,
  element: ArgdownAnnotated,
  argument: ArgdownArgument | undefined,
  model: ArgdownModel,
): string {
  const { data } = element;
  const at = { line: element.line, column: element.column };
  const texts = [...new Set(element.members.map((member) => member.text))];
  const text = texts[0] ?? element.title;
  const kind: NodeKind = NODE_KINDS.includes(data.kind as NodeKind) ? (data.kind as NodeKind) : 'claim';
  if (data.kind !== undefined && kind !== data.kind) {
    builder.warn(
      'argdown-unknown-kind',
      `Unknown kind "${data.kind}" on "${element.title}"; imported as a claim.`,
      at,
    );
  }
  const notes: string[] = [];
  if (data.notes) notes.push(data.notes);
  if (argument) notes.push(describeArgument(argument, model));
  else if (!element.titled) notes.push(`Argdown: untitled statement (${element.title}).`);
  if (texts.length > 1)
    notes.push(
      `Also written as:\n${texts
        .slice(1)
        .map((t) => `- ${t}`)
        .join('\n')}`,
    );
  if (element.links.length > 0) notes.push(`Links:\n${element.links.map((url) => `- ${url}`).join('\n')}`);
  if (element.section) notes.push(`Section: ${element.section}`);
  // Source fields only mean something on evidence; elsewhere they are kept as notes.
  const consumed = kind === 'evidence' ? NODE_KEYS : BASIC_KEYS;
  const extra = Object.entries(data).filter(([name]) => !consumed.has(name));
  if (extra.length > 0) notes.push(`Data:\n${extra.map(([name, value]) => `${name}: ${value}`).join('\n')}`);

  const score = data.score === undefined ? Number.NaN : Number(data.score);
  const fields: Parameters<MapBuilder['addNode']>[3] = {};
  if (Number.isFinite(score) && score >= 0 && score <= 1) fields.baseScore = score;
  else if (data.score !== undefined) {
    builder.warn(
      'argdown-bad-score',
      `Score "${data.score}" on "${element.title}" is not a number from 0 to 1; ignored.`,
      at,
    );
  }
  if (element.tags.length > 0) fields.tags = [...element.tags];
  if (kind === 'evidence') {
    const source: Source = {};
    for (const [name, field] of Object.entries(SOURCE_KEYS)) {
      const value = data[name];
      if (value === undefined) continue;
      if (field === 'url' && !/^https?:\/\//i.test(value)) {
        builder.warn(
          'argdown-unsafe-url',
          `Only http(s) links are kept as sources; "${value}" moved to the notes.`,
          at,
        );
        notes.push(`Link: ${value}`);
      } else source[field] = value;
    }
    const evidenceKind = EVIDENCE_KINDS.includes(data.evidenceKind as EvidenceKind)
      ? (data.evidenceKind as EvidenceKind)
      : 'other';
    fields.evidence = { quote: data.quote ?? text, kind: evidenceKind, source };
  }
  if (notes.length > 0) fields.notes = notes.join('\n\n');
  const keep = ID_LIKE_TITLE.test(element.title) && !/^Untitled \d+$/.test(element.title);
  return builder.addNode(element.title, kind, text, fields, keep);
}

/** The argument's premise–conclusion structure as text, so no step is lost when it is flattened. */
function describeArgument(argument: ArgdownArgument, model: ArgdownModel): string {
  const lines = [`Argdown argument <${argument.title}>.`];
  argument.pcs.forEach((item, index) => {
    if (item.inferenceRules !== undefined) {
      lines.push(item.inferenceRules.length > 0 ? `-- ${item.inferenceRules.join('; ')} --` : '----');
    }
    const text = model.statements.get(item.title)?.members[0]?.text ?? '';
    const role = item.role === 'premise' ? '' : ` (${item.role.replace('-', ' ')})`;
    lines.push(`(${index + 1}) [${item.title}]: ${text}${role}`);
  });
  return lines.join('\n');
}
