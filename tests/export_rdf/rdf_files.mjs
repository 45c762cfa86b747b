// Shared by the node checks: reads an RDF file with the strict n3 parser.
import { readFileSync } from 'node:fs';
import { Parser } from 'n3';

const kFormats = { turtle: 'text/turtle', ntriples: 'application/n-triples' };

// Parses `path` in `syntax` ("turtle" or "ntriples", or guessed from the extension) and
// returns its quads; throws with the parser's message on the first syntax error.
export function readQuads(path, syntax) {
  const guessed = syntax ?? (path.endsWith('.nt') ? 'ntriples' : 'turtle');
  const parser = new Parser({ format: kFormats[guessed] });
  return parser.parse(readFileSync(path, 'utf8'));
}
