/**
 * docs/argmap.schema.json agrees with the TypeScript model and with validateMap. Rather than add a
 * JSON Schema library, a small evaluator below covers exactly the keywords the schema uses, and
 * throws on any other keyword so that it cannot silently pass a schema it does not understand.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateMap } from '../src/document/validate.ts';
import { exportControlsExample } from '../src/examples/exportControls.ts';
import { RESERVED_IDS } from '../src/model/ids.ts';
import { EDGE_KINDS, EVIDENCE_KINDS, FORMAT_NAME, FORMAT_VERSION, NODE_KINDS } from '../src/model/types.ts';
import { arbitraryMap } from './arbitraries.ts';

type Schema = Record<string, unknown>;
// biome-ignore lint/suspicious/noExplicitAny: these tests break documents in ways the types forbid.
type Doc = Record<string, any>;
const root = JSON.parse(
  readFileSync(new URL('../../../docs/argmap.schema.json', import.meta.url), 'utf8'),
) as Schema;
const defs = root.$defs as Record<string, Schema>;

const KNOWN = new Set([
  '$schema',
  '$id',
  'title',
  'description',
  '$defs',
  '$ref',
  'type',
  'const',
  'enum',
  'required',
  'properties',
  'additionalProperties',
  'propertyNames',
  'items',
  'minimum',
  'maximum',
  'minLength',
  'pattern',
  'not',
  'if',
  'then',
  'else',
]);

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** Whether `value` conforms to `schema` (the subset of JSON Schema 2020-12 used by our schema). */
function conforms(value: unknown, schema: Schema): boolean {
  for (const key of Object.keys(schema)) if (!KNOWN.has(key)) throw new Error(`Unsupported keyword ${key}`);
  if (typeof schema.$ref === 'string') {
    const target = defs[schema.$ref.replace('#/$defs/', '')];
    if (!target || !conforms(value, target)) return false;
  }
  if (schema.type !== undefined && typeOf(value) !== schema.type) return false;
  if ('const' in schema && value !== schema.const) return false;
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) return false;
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum) return false;
    if (typeof schema.maximum === 'number' && value > schema.maximum) return false;
  }
  if (typeof value === 'string') {
    if (typeof schema.minLength === 'number' && value.length < schema.minLength) return false;
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value)) return false;
  }
  if (schema.not && conforms(value, schema.not as Schema)) return false;
  if (schema.if) {
    const branch = conforms(value, schema.if as Schema) ? schema.then : schema.else;
    if (branch && !conforms(value, branch as Schema)) return false;
  }
  if (Array.isArray(value) && schema.items && !value.every((item) => conforms(item, schema.items as Schema)))
    return false;
  if (typeOf(value) === 'object') {
    const object = value as Record<string, unknown>;
    const properties = (schema.properties ?? {}) as Record<string, Schema>;
    if (Array.isArray(schema.required) && !schema.required.every((key) => Object.hasOwn(object, key)))
      return false;
    for (const [key, child] of Object.entries(object)) {
      if (schema.propertyNames && !conforms(key, schema.propertyNames as Schema)) return false;
      if (Object.hasOwn(properties, key)) {
        if (!conforms(child, properties[key] as Schema)) return false;
      } else if (schema.additionalProperties === false) return false;
      else if (
        typeof schema.additionalProperties === 'object' &&
        !conforms(child, schema.additionalProperties as Schema)
      ) {
        return false;
      }
    }
  }
  return true;
}

/** The schema of a named definition's property, e.g. `prop('node', 'kind')`. */
function prop(def: string, name: string): Schema {
  return ((defs[def] as Schema).properties as Record<string, Schema>)[name] as Schema;
}

const fixture = (version: number): unknown =>
  JSON.parse(readFileSync(new URL(`./fixtures/v${version}.argmap.json`, import.meta.url), 'utf8'));

describe('docs/argmap.schema.json', () => {
  it('names the same kinds, header and reserved ids as the TypeScript model', () => {
    const props = root.properties as Record<string, Schema>;
    expect(props.format?.const).toBe(FORMAT_NAME);
    expect(props.version?.const).toBe(FORMAT_VERSION);
    expect(prop('node', 'kind').enum).toEqual(NODE_KINDS);
    expect(prop('edge', 'kind').enum).toEqual(EDGE_KINDS);
    expect(prop('evidence', 'kind').enum).toEqual(EVIDENCE_KINDS);
    expect(((defs.id as Schema).not as Schema).enum).toEqual(RESERVED_IDS);
  });

  it('accepts the example map, the current fixture and every arbitrary valid map', {
    timeout: 30_000,
  }, () => {
    expect(conforms(exportControlsExample, root)).toBe(true);
    expect(conforms(fixture(FORMAT_VERSION), root)).toBe(true);
    fc.assert(
      fc.property(arbitraryMap(6), (map) => conforms(JSON.parse(JSON.stringify(map)), root)),
      { numRuns: 100 },
    );
  });

  it('rejects what validateMap rejects for shape reasons', () => {
    const base = () => JSON.parse(JSON.stringify(exportControlsExample));
    const broken = [
      (d: Doc) => (d.version = 3),
      (d: Doc) => delete d.meta.title,
      (d: Doc) => (d.nodes.q.baseScore = 1.5),
      (d: Doc) => (d.nodes.q.kind = 'opinion'),
      (d: Doc) => (d.nodes.q.evidence = { quote: '', kind: 'news', source: {} }),
      (d: Doc) => (d.edges.x = { id: 'x', kind: 'rebuts', source: 'q', target: 'q' }),
      (d: Doc) => (d.nodes.constructor = { id: 'constructor', kind: 'claim', text: '', baseScore: 0.5 }),
      (d: Doc) => (d.colour = 'red'),
    ];
    for (const breakIt of broken) {
      const doc = base();
      breakIt(doc);
      expect(conforms(doc, root)).toBe(false);
      expect(validateMap(doc).diagnostics.length).toBeGreaterThan(0);
    }
  });

  it('agrees with validateMap on which URLs are allowed', () => {
    const url = prop('source', 'url');
    for (const candidate of [
      'https://a.org/x',
      ' http://b.co',
      'javascript:alert(1)',
      'ftp://x.org',
      'https://',
      'www.x.org',
    ]) {
      const doc = JSON.parse(JSON.stringify(exportControlsExample));
      const evidence = Object.values(doc.nodes as Doc).find((node) => node.kind === 'evidence');
      evidence.evidence.source.url = candidate;
      expect(conforms(candidate, url)).toBe(validateMap(doc).ok);
    }
  });
});
