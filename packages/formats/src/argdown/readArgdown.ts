/**
 * A line-based reader for the Argdown syntax Argmap imports: frontmatter, headings, statements
 * (`[T]: text`), arguments (`<T>: text`), indented relation trees (`+ - _ ><`, with `<`/`>` for
 * direction), premise–conclusion structures (`(1)`, `--`, `----`), comments, tags and data.
 * It never throws on user input and runs in time linear in the input.
 *
 * @module
 */
import type { Diagnostic } from '@argmap/core';
import type {
  ArgdownAnnotated,
  ArgdownArgument,
  ArgdownModel,
  ArgdownPcsItem,
  ArgdownRef,
  ArgdownRelationType,
  ArgdownStatement,
} from './argdownModel.ts';
import { parseInline } from './inline.ts';
import { blankComments, COMMENT_MARK, readFrontMatter } from './preprocess.ts';

/** The reader's result: the model plus warnings about what it could not place. */
export interface ReadArgdownResult {
  model: ArgdownModel;
  diagnostics: Diagnostic[];
}

const RELATION = /^(<\+|<-|<_|\+>|->|_>|><|\+|-|_)\s+(.*)$/;
const PCS_ITEM = /^\((\d+)\)\s*(.*)$/;
/** `* item` and `1. item`: each list item is a statement of its own, as in @argdown/core. */
const LIST_ITEM = /^(?:\*|\d+\.)\s+(.*)$/;

/** Relation markers: type, and whether the child line is the source (`+`) or the target (`+>`). */
const MARKERS: Record<string, { type: ArgdownRelationType; childIsSource: boolean }> = {
  '+': { type: 'support', childIsSource: true },
  '<+': { type: 'support', childIsSource: true },
  '+>': { type: 'support', childIsSource: false },
  '-': { type: 'attack', childIsSource: true },
  '<-': { type: 'attack', childIsSource: true },
  '->': { type: 'attack', childIsSource: false },
  _: { type: 'undercut', childIsSource: true },
  '<_': { type: 'undercut', childIsSource: true },
  '_>': { type: 'undercut', childIsSource: false },
  // @argdown/core records a contradiction from the parent line to the child.
  '><': { type: 'contradictory', childIsSource: false },
};

interface Open {
  ref: ArgdownRef;
}

/** Reads an Argdown document into an {@link ArgdownModel}. */
export function readArgdown(input: string): ReadArgdownResult {
  const diagnostics: Diagnostic[] = [];
  const rawLines = input.replace(/\r\n?/g, '\n').split('\n');
  // Frontmatter first: what looks like a comment inside it is part of a value.
  const front = readFrontMatter(rawLines);
  const lines = rawLines
    .slice(0, front.endLine)
    .concat(blankComments(rawLines.slice(front.endLine).join('\n')).split('\n'));
  const model: ArgdownModel = {
    frontMatter: front.values,
    statements: new Map(),
    arguments: new Map(),
    relations: [],
    prose: [],
  };
  let untitled = 0;
  let section: string | undefined;
  let headingLines: string[] | undefined;
  // Texts are collected raw (continuation lines joined) and only split into parts at the end.
  const rawMembers: { target: ArgdownAnnotated; raw: { value: string }; line: number; column: number }[] = [];
  let open: { target: ArgdownAnnotated; raw: { value: string } } | undefined;
  const stack: { indent: number; ref: ArgdownRef }[] = [];
  const relationKeys = new Set<string>();
  let lastArgument: ArgdownArgument | undefined;
  let pcsOpen = false;
  let pendingInference: string[] | undefined;
  let inferenceLines: string[] | undefined;
  // Headings and loose paragraphs, by line, so the prose keeps the document's order.
  const prose: { line: number; text: string }[] = [];

  // Plain literals of one fixed shape (no spreads): V8 keeps them fast on documents with many elements.
  const statement = (title: string | undefined, line: number, column: number): ArgdownStatement => {
    const key = title ?? `Untitled ${++untitled}`;
    let found = model.statements.get(key);
    if (!found) {
      found = {
        title: key,
        titled: title !== undefined,
        members: [],
        tags: [],
        data: {},
        links: [],
        section,
        line,
        column,
        used: false,
      };
      model.statements.set(key, found);
    }
    return found;
  };
  const argument = (title: string, line: number, column: number): ArgdownArgument => {
    let found = model.arguments.get(title);
    if (!found) {
      found = {
        title,
        titled: true,
        members: [],
        tags: [],
        data: {},
        links: [],
        section,
        line,
        column,
        pcs: [],
      };
      model.arguments.set(title, found);
    }
    return found;
  };
  /** Reads `[T]: text`, `[T]`, `<T>: text`, `<T>` or plain text starting at `column`. */
  const element = (body: string, line: number, column: number): Open => {
    const def = /^\[([^\]]+)\]:\s*(.*)$/.exec(body) ?? /^<([^>]+)>:\s*(.*)$/.exec(body);
    const ref = def
      ? undefined
      : (/^\[([^\]-][^\]]*)\](?!\()\s*(.*)$/.exec(body) ?? /^<([^>-][^>]*)>\s*(.*)$/.exec(body));
    const match = def ?? ref;
    const isArgument = body.startsWith('<') && match !== null && match !== undefined;
    let target: ArgdownAnnotated;
    let rest = body;
    if (match) {
      const title = (match[1] as string).trim();
      rest = match[2] as string;
      target = isArgument ? argument(title, line, column) : statement(title, line, column);
    } else {
      target = statement(undefined, line, column);
    }
    // Continuation lines append to the same box until the paragraph ends.
    const raw = { value: rest };
    rawMembers.push({ target, raw, line, column });
    open = { target, raw };
    return { ref: { type: isArgument ? 'argument' : 'statement', title: target.title } };
  };
  const markUsed = (ref: ArgdownRef): void => {
    if (ref.type === 'statement') {
      const found = model.statements.get(ref.title);
      if (found) found.used = true;
    }
  };

  for (let index = front.endLine; index < lines.length; index++) {
    let lineText = lines[index] as string;
    if (lineText.includes(COMMENT_MARK)) {
      lineText = lineText.replaceAll(COMMENT_MARK, ' ');
      // A line that held only a comment is not a blank line: it does not end a paragraph.
      if (lineText.trim() === '') continue;
    }
    const lineNumber = index + 1;
    const body = lineText.trim();
    const indent = lineText.length - lineText.trimStart().length;
    const column = indent + 1;
    if (inferenceLines) {
      if (/^-{2,}$/.test(body)) {
        pendingInference = inferenceLines;
        inferenceLines = undefined;
      } else if (body) inferenceLines.push(body);
      continue;
    }
    if (body === '') {
      open = undefined;
      headingLines = undefined;
      continue;
    }
    if (headingLines) {
      // A heading runs on until a blank line, like a paragraph.
      headingLines.push(body);
      section = parseInline(headingLines.join(' ')).text;
      (prose[prose.length - 1] as { text: string }).text = section;
      continue;
    }
    const heading = indent === 0 ? /^#{1,6}\s+(.*)$/.exec(body) : null;
    if (heading) {
      headingLines = [heading[1] as string];
      section = parseInline(heading[1] as string).text;
      prose.push({ line: lineNumber, text: section });
      open = undefined;
      stack.length = 0;
      lastArgument = undefined;
      pcsOpen = false;
      continue;
    }
    const pcsItem = PCS_ITEM.exec(body);
    if (pcsItem) {
      if (!lastArgument || (!pcsOpen && lastArgument.pcs.length > 0)) {
        lastArgument = argument(`Untitled ${++untitled}`, lineNumber, column);
        lastArgument.titled = false;
      }
      pcsOpen = true;
      const opened = element(
        pcsItem[2] as string,
        lineNumber,
        column + (pcsItem[0].length - (pcsItem[2] as string).length),
      );
      if (opened.ref.type === 'argument') {
        diagnostics.push(
          warning(
            'argdown-argument-in-pcs',
            'A premise or conclusion must be a statement, not an argument; read as text.',
            lineNumber,
            column,
          ),
        );
      }
      const item: ArgdownPcsItem = {
        role: pendingInference ? 'main-conclusion' : 'premise',
        title: opened.ref.title,
      };
      if (pendingInference) item.inferenceRules = pendingInference;
      pendingInference = undefined;
      lastArgument.pcs.push(item);
      markUsed(opened.ref);
      stack.length = 0;
      stack.push({ indent, ref: opened.ref });
      continue;
    }
    if (pcsOpen && /^-{2,}$/.test(body)) {
      if (body === '--') inferenceLines = [];
      else pendingInference = [];
      open = undefined;
      continue;
    }
    if (pcsOpen && /^--.*--$/.test(body)) {
      pendingInference = [body.replace(/^-+|-+$/g, '').trim()];
      open = undefined;
      continue;
    }
    const relation = indent > 0 ? RELATION.exec(body) : null;
    const level = relation ? relationLevel(stack, indent) : undefined;
    if (relation && level) {
      stack.length = level.depth;
      const parent = stack[level.depth - 1];
      if (parent) {
        const marker = MARKERS[relation[1] as string] as {
          type: ArgdownRelationType;
          childIsSource: boolean;
        };
        const child = element(
          relation[2] as string,
          lineNumber,
          column + (body.length - (relation[2] as string).length),
        );
        const [from, to] = marker.childIsSource ? [child.ref, parent.ref] : [parent.ref, child.ref];
        // The same relation written twice (e.g. from both ends) is one relation, as in @argdown/core.
        const key = `${marker.type} ${from.type}:${from.title} ${to.type}:${to.title}`;
        if (!relationKeys.has(key)) {
          relationKeys.add(key);
          model.relations.push({ type: marker.type, from, to, line: lineNumber, column });
        }
        markUsed(from);
        markUsed(to);
        stack.push({ indent: level.indent, ref: child.ref });
        continue;
      }
    }
    const listItem = LIST_ITEM.exec(body);
    if (open && !listItem) {
      open.raw.value += ` ${body}`;
      continue;
    }
    // A new paragraph at the top level ends any premise–conclusion structure.
    pcsOpen = false;
    pendingInference = undefined;
    const itemText = listItem?.[1] as string | undefined;
    const opened =
      itemText === undefined
        ? element(body, lineNumber, column)
        : element(itemText, lineNumber, column + body.length - itemText.length);
    const target = opened.ref.type === 'argument' ? model.arguments.get(opened.ref.title) : undefined;
    lastArgument = target;
    stack.length = 0;
    stack.push({ indent, ref: opened.ref });
  }
  if (inferenceLines) {
    diagnostics.push(
      warning(
        'argdown-unclosed-inference',
        'An inference opened with "--" is never closed with "--".',
        lines.length,
        1,
      ),
    );
  }

  for (const { target, raw, line, column } of rawMembers) {
    const parts = parseInline(raw.value);
    if (parts.text) target.members.push({ text: parts.text, line, column });
    for (const tag of parts.tags) if (!target.tags.includes(tag)) target.tags.push(tag);
    for (const url of parts.links) if (!target.links.includes(url)) target.links.push(url);
    Object.assign(target.data, parts.data);
    for (const block of parts.rawData) {
      diagnostics.push(
        warning(
          'argdown-unread-data',
          `Data ${block.slice(0, 60)} is not a {key: value} list; kept in the notes.`,
          line,
          column,
        ),
      );
      target.data[`data${Object.keys(target.data).length + 1}`] = block;
    }
  }
  // Untitled, unrelated paragraphs are prose, not debate: keep them as text, not as nodes.
  for (const [key, found] of model.statements) {
    if (!found.titled && !found.used) {
      const text = found.members.map((m) => m.text).join(' ');
      if (text) prose.push({ line: found.line, text });
      model.statements.delete(key);
    }
  }
  model.prose = prose.sort((a, b) => a.line - b.line).map((p) => p.text);
  for (const found of model.arguments.values()) finishPcs(found.pcs);
  return { model, diagnostics };
}

/**
 * Where a relation line at `indent` attaches, following @argdown/core's indentation rules: deeper
 * than the line above makes a child of it; the same indentation, or any dedent, makes a sibling
 * in the block dedented to (even when that block is less indented than this line). Returns how
 * many stack entries stay (the parent is the last) and the indentation to record for the line.
 */
function relationLevel(
  stack: readonly { indent: number }[],
  indent: number,
): { depth: number; indent: number } | undefined {
  let depth = stack.length;
  let dedented = false;
  while (depth > 1 && indent < (stack[depth - 1] as { indent: number }).indent) {
    depth--;
    dedented = true;
  }
  const top = stack[depth - 1];
  if (!top) return undefined;
  if (!dedented && indent > top.indent) return { depth, indent };
  // A sibling of `top`: same parent, same block indentation.
  return depth > 1 ? { depth: depth - 1, indent: top.indent } : undefined;
}

/**
 * The last conclusion is the main one; earlier conclusions are intermediary. A structure with no
 * inference line at all still concludes with its last line, as a reader would take it.
 */
function finishPcs(pcs: ArgdownPcsItem[]): void {
  const last = pcs[pcs.length - 1];
  if (last && pcs.length > 1 && last.role === 'premise') last.role = 'main-conclusion';
  for (const item of pcs) {
    if (item.role === 'main-conclusion' && item !== last) item.role = 'intermediary-conclusion';
  }
}

function warning(code: string, message: string, line: number, column: number): Diagnostic {
  return { severity: 'warning', code, message, line, column };
}
