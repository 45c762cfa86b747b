// Usage: node run_queries.mjs --graph FILE [--graph FILE...] --queries DIR --expected DIR [--update]
// Loads the graph files into oxigraph (a SPARQL 1.1 engine), runs every DIR/*.rq and
// compares each result table with EXPECTED/<query>.tsv. With --update it writes the tables
// instead: regenerating expected results is a reviewed change (see expected/README.md).
// Exit status: 0 all match, 1 some differ or are missing, 2 usage or engine error.
import { readFileSync, readdirSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import oxigraph from 'oxigraph';

const args = process.argv.slice(2);
const graphs = [];
let queriesDir, expectedDir, update = false;
for (let i = 0; i < args.length; ++i) {
  if (args[i] === '--graph') graphs.push(args[++i]);
  else if (args[i] === '--queries') queriesDir = args[++i];
  else if (args[i] === '--expected') expectedDir = args[++i];
  else if (args[i] === '--update') update = true;
  else { console.error(`error: unknown argument ${args[i]}`); process.exit(2); }
}
if (graphs.length === 0 || !queriesDir || !expectedDir) {
  console.error('usage: node run_queries.mjs --graph FILE --queries DIR --expected DIR [--update]');
  process.exit(2);
}

// Short names keep the expected tables readable; they are only used for display.
const kPrefixes = [
  ['dip:', 'https://diplograph.example.org/ontology#'],
  ['actor:', 'https://diplograph.example.org/id/actor/'],
  ['event:', 'https://diplograph.example.org/id/event/'],
  ['doc:', 'https://diplograph.example.org/id/document/'],
  ['mention:', 'https://diplograph.example.org/id/mention/'],
  ['office:', 'https://diplograph.example.org/id/office/'],
  ['xsd:', 'http://www.w3.org/2001/XMLSchema#'],
  ['wd:', 'http://www.wikidata.org/entity/'],
];

function iri(value) {
  for (const [prefix, ns] of kPrefixes) if (value.startsWith(ns)) return prefix + value.slice(ns.length);
  return `<${value}>`;
}

function render(term) {
  if (term === undefined || term === null) return '';
  switch (term.termType) {
    case 'NamedNode': return iri(term.value);
    case 'BlankNode': return `_:${term.value}`;
    case 'Literal': {
      const text = JSON.stringify(term.value);  // escapes tabs and newlines: one row a line
      if (term.language) return `${text}@${term.language}`;
      const datatype = term.datatype?.value;
      if (!datatype || datatype === 'http://www.w3.org/2001/XMLSchema#string') return text;
      return `${text}^^${iri(datatype)}`;
    }
    default: return JSON.stringify(term.value);
  }
}

// The variables of a SELECT in the order the query lists them; "(expr AS ?x)" counts as ?x.
function selectVariables(query) {
  const match = /SELECT\s+(?:DISTINCT\s+|REDUCED\s+)?([\s\S]*?)\s*WHERE/i.exec(query);
  if (!match || match[1].trim() === '*') return null;
  let projection = match[1];
  // Innermost parentheses first, so "(COUNT(DISTINCT ?e) AS ?n)" becomes "?n".
  for (let previous; previous !== projection;) {
    previous = projection;
    projection = projection.replace(/\(([^()]*)\)/g, (whole, inner) => {
      const alias = /\bAS\s+\?(\w+)\s*$/i.exec(inner);
      return alias ? ` ?${alias[1]} ` : ' ';
    });
  }
  return [...new Set([...projection.matchAll(/\?(\w+)/g)].map((m) => m[1]))];
}

function table(query, result) {
  if (typeof result === 'boolean') return `${result}\n`;
  const variables = selectVariables(query) ?? [...new Set(result.flatMap((row) => [...row.keys()]))];
  const lines = [variables.map((v) => `?${v}`).join('\t')];
  for (const row of result) lines.push(variables.map((v) => render(row.get(v))).join('\t'));
  return lines.join('\n') + '\n';
}

let store;
try {
  store = new oxigraph.Store();
  for (const path of graphs) {
    store.load(readFileSync(path, 'utf8'), { format: path.endsWith('.nt') ? 'application/n-triples' : 'text/turtle' });
  }
} catch (error) {
  console.error(`error: loading ${graphs.join(', ')}: ${error}`);
  process.exit(2);
}

if (update) mkdirSync(expectedDir, { recursive: true });
let failures = 0;
const queries = readdirSync(queriesDir).filter((name) => name.endsWith('.rq')).sort();
for (const name of queries) {
  const query = readFileSync(join(queriesDir, name), 'utf8');
  let actual;
  try {
    actual = table(query, store.query(query));
  } catch (error) {
    console.log(`error: ${join(queriesDir, name)}: ${error}`);
    ++failures;
    continue;
  }
  const expectedPath = join(expectedDir, basename(name, '.rq') + '.tsv');
  if (update) {
    writeFileSync(expectedPath, actual);
    console.log(`wrote ${expectedPath} (${actual.split('\n').length - 2} rows)`);
    continue;
  }
  if (!existsSync(expectedPath)) {
    console.log(`error: ${expectedPath}: missing (run with --update and review it)`);
    ++failures;
    continue;
  }
  const expected = readFileSync(expectedPath, 'utf8');
  if (expected === actual) {
    console.log(`ok: ${name}`);
    continue;
  }
  ++failures;
  const want = expected.split('\n'), got = actual.split('\n');
  console.log(`error: ${name}: result differs from ${expectedPath}`);
  for (let i = 0; i < Math.max(want.length, got.length); ++i) {
    if (want[i] !== got[i]) console.log(`  line ${i + 1}:\n    expected: ${want[i] ?? '(none)'}\n    actual:   ${got[i] ?? '(none)'}`);
  }
}
process.exit(failures === 0 ? 0 : 1);
