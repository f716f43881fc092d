/**
 * Test helper: runs @argdown/core (the reference implementation, a devDependency) and our reader
 * over the same text and projects both onto the structure Argmap imports, so tests can compare them.
 */
import argdown from '@argdown/core';
import { readArgdown } from '../src/argdown/readArgdown.ts';

/** The structure both parsers must agree on. */
export interface ArgdownStructure {
  /** `title: first text [tags]`, sorted. */
  statements: string[];
  /** `title: pcs roles and titles`, sorted. */
  arguments: string[];
  /** `type from -> to`, sorted. */
  relations: string[];
  title: string | undefined;
}

const STRICT_NAMES: Record<string, string> = { entails: 'support', contrary: 'attack' };

const norm = (text: string | undefined): string =>
  (text ?? '').replace(/[*_]/g, '').replace(/\s+/g, ' ').trim();

interface RefElement {
  title: string;
  type: string;
  members: { text?: string }[];
  tags?: string[];
  relations: unknown[];
  isUsedAsPremise?: boolean;
  isUsedAsMainConclusion?: boolean;
  isUsedAsIntermediaryConclusion?: boolean;
  pcs?: { role: string; title: string }[];
}

/** What @argdown/core reads, before its model plugin moves argument relations onto conclusions. */
export function referenceStructure(input: string): ArgdownStructure {
  const { ArgdownApplication, ParserPlugin, ModelPlugin, DataPlugin } = argdown;
  const app = new ArgdownApplication();
  app.addPlugin(new ParserPlugin(), 'parse-input');
  app.addPlugin(new DataPlugin(), 'build-model');
  app.addPlugin(new ModelPlugin(), 'build-model');
  const response = app.run({
    process: ['parse-input', 'build-model'],
    input,
    model: { transformArgumentRelations: false, removeTagsFromText: true },
    throwExceptions: false,
  }) as unknown as {
    statements: Record<string, RefElement>;
    arguments: Record<string, RefElement>;
    relations: { relationType: string; from: RefElement; to: RefElement }[];
    frontMatter?: { title?: string };
    parserErrors?: unknown[];
  };
  if ((response.parserErrors ?? []).length > 0) throw new Error('the reference parser rejected the fixture');
  const used = (s: RefElement): boolean =>
    !s.title.startsWith('Untitled') ||
    s.relations.length > 0 ||
    !!s.isUsedAsPremise ||
    !!s.isUsedAsMainConclusion ||
    !!s.isUsedAsIntermediaryConclusion;
  const kind = (e: RefElement): string => (e.type === 'argument' ? `<${e.title}>` : `[${e.title}]`);
  return {
    statements: Object.values(response.statements)
      .filter(used)
      .map((s) => `${s.title}: ${norm(s.members.find((m) => m.text)?.text)} [${(s.tags ?? []).join(',')}]`)
      .sort(),
    arguments: Object.values(response.arguments)
      .map((a) => `${a.title}: ${(a.pcs ?? []).map((p) => `${p.role} ${p.title}`).join('; ')}`)
      .sort(),
    // Argdown's strict mode renames statement-to-statement support/attack; both are the same edge for us.
    relations: response.relations
      .map((r) => `${STRICT_NAMES[r.relationType] ?? r.relationType} ${kind(r.from)} -> ${kind(r.to)}`)
      .sort(),
    title: response.frontMatter?.title,
  };
}

/** The same projection of our own reader's model. */
export function ourStructure(input: string): ArgdownStructure {
  const { model } = readArgdown(input);
  const type = { support: 'support', attack: 'attack', undercut: 'undercut', contradictory: 'contradictory' };
  return {
    statements: [...model.statements.values()]
      .map((s) => `${s.title}: ${norm(s.members[0]?.text)} [${s.tags.join(',')}]`)
      .sort(),
    arguments: [...model.arguments.values()]
      .map((a) => `${a.title}: ${a.pcs.map((p) => `${p.role} ${p.title}`).join('; ')}`)
      .sort(),
    relations: model.relations
      .map((r) => {
        const ref = (x: { type: string; title: string }): string =>
          x.type === 'argument' ? `<${x.title}>` : `[${x.title}]`;
        return `${type[r.type]} ${ref(r.from)} -> ${ref(r.to)}`;
      })
      .sort(),
    title: model.frontMatter.title,
  };
}
