#!/usr/bin/env node
// Lint kamgraph's Cypher files with Neo4j's own grammar and semantic analysis
// (npm package @neo4j-cypher/language-support, pinned in package.json).
//
// Input (stdin, JSON):
//   {"schema": {labels, relationshipTypes, propertyKeys, graphSchema},   // our model
//    "paths": ["cypher", ...],              // .cypher files or folders (searched recursively)
//    "root": "cypher",                      // optional: names are relative to it
//    "queries": [{"name": "...", "text": "..."}]}   // optional extra query strings
// Output (stdout, JSON):
//   {"package": "<name>@<version>", "cypher_version": "CYPHER 5", "ms": <total>,
//    "results": [{"name", "path", "first_line", "text", "ms",
//                 "diagnostics": [{"severity", "message", "line", "column", "fails"}]}]}
// Exit code: 0 when no diagnostic fails, 1 when one does, 2 on bad input.
//
// Policy. Every diagnostic fails the check (errors AND warnings: an unknown label,
// relationship type or property key, a pattern our model cannot have, a deprecated
// feature), except the performance hints listed in ADVISORY (reported, not failing).
// The functions and procedures declared are Neo4j's built-in ones only, so APOC, GDS
// or any other plugin call is an error. Every `$name` in a query is declared as a
// parameter. A query must be one statement in Cypher 5 (no `CYPHER 25` prefix).
// The query of a file is the text after its leading `//` comment lines, with one
// trailing `;` allowed: the same rule as kamgraph/queries.py.

import { readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import {
  lintCypherQuery,
  parseStatementsStrs,
  testData,
} from '@neo4j-cypher/language-support';

const CYPHER_VERSION = 'CYPHER 5';
const SEVERITY = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' };
// Performance notifications that say nothing about correctness.
const ADVISORY = [/cartesian product/i];

function fail(message) {
  process.stderr.write(`cypher_lint: ${message}\n`);
  process.exit(2);
}

function packageVersion() {
  const require = createRequire(import.meta.url);
  // The package's exports map does not expose package.json: locate it from the entry.
  let dir = path.dirname(require.resolve('@neo4j-cypher/language-support'));
  for (;;) {
    const candidate = path.join(dir, 'package.json');
    try {
      const pkg = JSON.parse(readFileSync(candidate, 'utf8'));
      if (pkg.name === '@neo4j-cypher/language-support') return `${pkg.name}@${pkg.version}`;
    } catch { /* keep climbing */ }
    const up = path.dirname(dir);
    if (up === dir) return '@neo4j-cypher/language-support@unknown';
    dir = up;
  }
}

// Neo4j's built-in functions and procedures. The package ships the catalogue of a real
// Neo4j server (testData.mockSchema) that also lists APOC, GDS and CDC: keep the
// built-ins only (functions flagged isBuiltIn, procedures under db./dbms./tx.).
function builtIns() {
  const mock = testData?.mockSchema;
  const fns = mock?.functions?.[CYPHER_VERSION];
  const procs = mock?.procedures?.[CYPHER_VERSION];
  if (!fns || !procs) fail('the package no longer ships testData.mockSchema; update tests/cypher_lint.mjs');
  const functions = Object.fromEntries(Object.entries(fns).filter(([, f]) => f.isBuiltIn));
  const procedures = Object.fromEntries(
    Object.entries(procs).filter(([name]) => /^(db|dbms|tx)\./.test(name)),
  );
  for (const name of ['coalesce', 'count', 'collect', 'toLower', 'date', 'elementId']) {
    if (!functions[name]) fail(`built-in function ${name} missing from the package's catalogue`);
  }
  return { functions: { [CYPHER_VERSION]: functions }, procedures: { [CYPHER_VERSION]: procedures } };
}

function cypherFiles(p) {
  const st = statSync(p);
  if (st.isFile()) return [p];
  return readdirSync(p, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e) => {
      const full = path.join(p, e.name);
      if (e.isDirectory()) return cypherFiles(full);
      return e.name.endsWith('.cypher') ? [full] : [];
    });
}

// Same rule as kamgraph/queries.py: skip leading `//` and blank lines; strip one `;`.
function splitFile(source) {
  const lines = source.split(/\r?\n/);
  let i = 0;
  while (i < lines.length && (lines[i].startsWith('//') || lines[i].trim() === '')) i += 1;
  let text = lines.slice(i).join('\n').trim();
  if (text.endsWith(';')) text = text.slice(0, -1);
  return { text, firstLine: i + 1, hasDoc: i > 0 && lines.slice(0, i).some((l) => l.startsWith('//')) };
}

function parametersOf(text) {
  const params = {};
  for (const m of text.matchAll(/\$(?:`([^`]+)`|(\w+))/g)) params[m[1] ?? m[2]] = null;
  return params;
}

// Work around a misattribution in the package (2.0.0-next.38, PropertiesCollector):
// inside a node or relationship pattern, every property key is credited to the
// pattern's variable, so in `MATCH (s:Staff {id: r.staff})` the key `staff` of the
// row `r` is reported as an unknown property of `s`. Drop an unknown-property warning
// when the key is read through a variable (`v.key`) that is not a node or relationship.
function isMisattributedProperty(d, text, symbols) {
  const m = /^(\S+) is not present in the database\./.exec(d.message);
  if (!m || /^(Label|Relationship|Function|Procedure) /.test(d.message) || !d.offsets) return false;
  const start = d.offsets.start;
  if (text.slice(start, start + m[1].length).replace(/`/g, '') !== m[1].replace(/`/g, '')) return false;
  const access = /(`[^`]+`|[A-Za-z_][A-Za-z0-9_]*)\s*\.\s*$/.exec(text.slice(0, start));
  if (!access) return false; // a map key of the pattern itself: a real property of it
  const varStart = start - access[0].length;
  const symbol = symbols.find((s) => s.references.includes(varStart))
    ?? symbols.find((s) => s.variable === access[1]);
  if (!symbol) return false;
  return !(symbol.types.length > 0 && symbol.types.every((t) => t === 'Node' || t === 'Relationship'));
}

function lintOne(item, baseSchema) {
  const started = Date.now();
  const diagnostics = [];
  const add = (severity, message, line = 1, column = 1) => diagnostics.push({
    severity, level: SEVERITY[severity], message, line, column,
    fails: !ADVISORY.some((re) => re.test(message)),
  });
  const { text, firstLine } = item;
  if (!text) {
    add(1, 'no query text');
  } else {
    const version = /^\s*CYPHER\s+(\d+)/i.exec(text);
    if (version && `CYPHER ${version[1]}` !== CYPHER_VERSION) {
      add(1, `query asks for CYPHER ${version[1]}; kamgraph's queries must be Neo4j 5 Cypher (${CYPHER_VERSION})`);
    }
    const statements = parseStatementsStrs(text).filter((s) => s.replace(/;\s*$/, '').trim());
    if (statements.length > 1) {
      add(1, `the file holds ${statements.length} statements; one query per file`);
    }
    const schema = { ...baseSchema, parameters: parametersOf(text) };
    const { diagnostics: found, symbolTables } = lintCypherQuery(text, schema, { consoleCommandsEnabled: false });
    for (const d of found) {
      if (isMisattributedProperty(d, text, symbolTables.flat())) continue;
      add(d.severity, d.message, d.range.start.line + firstLine, d.range.start.character + 1);
    }
  }
  return {
    name: item.name,
    path: item.path ?? null,
    first_line: firstLine,
    text,
    ms: Date.now() - started,
    diagnostics,
  };
}

function main() {
  let input;
  try {
    input = JSON.parse(readFileSync(0, 'utf8'));
  } catch (e) {
    fail(`expected a JSON object on stdin (${e.message})`);
  }
  const model = input.schema;
  if (!model || !Array.isArray(model.labels) || !Array.isArray(model.relationshipTypes)
      || !Array.isArray(model.propertyKeys)) {
    fail('input.schema needs labels, relationshipTypes and propertyKeys (lists)');
  }
  const baseSchema = {
    labels: model.labels,
    relationshipTypes: model.relationshipTypes,
    propertyKeys: model.propertyKeys,
    ...(model.graphSchema ? { graphSchema: model.graphSchema } : {}),
    defaultLanguage: CYPHER_VERSION,
    ...builtIns(),
  };

  const items = [];
  for (const p of input.paths ?? []) {
    for (const file of cypherFiles(p)) {
      const { text, firstLine, hasDoc } = splitFile(readFileSync(file, 'utf8'));
      const base = input.root ?? (statSync(p).isDirectory() ? p : path.dirname(p));
      const rel = path.relative(base, file).split(path.sep).join('/');
      const item = { name: rel.replace(/\.cypher$/, ''), path: file, text, firstLine };
      item.missingDoc = !hasDoc;
      items.push(item);
    }
  }
  for (const q of input.queries ?? []) {
    items.push({ name: q.name, path: null, text: String(q.text).trim().replace(/;$/, ''), firstLine: 1 });
  }

  const started = Date.now();
  const results = items.map((item) => {
    const r = lintOne(item, baseSchema);
    if (item.missingDoc) {
      r.diagnostics.unshift({ severity: 1, level: 'error', message: 'no // comment at the top saying what the query does', line: 1, column: 1, fails: true });
    }
    return r;
  });
  const out = {
    package: packageVersion(),
    cypher_version: CYPHER_VERSION,
    ms: Date.now() - started,
    results,
  };
  process.stdout.write(`${JSON.stringify(out, null, 1)}\n`);
  process.exitCode = results.some((r) => r.diagnostics.some((d) => d.fails)) ? 1 : 0;
}

main();
