// Usage: node parse_literals.mjs turtle|ntriples FILE
// Prints the lexical values of every literal of FILE as a JSON array (in file order), so a
// C++ test can check that hostile text survived the writer. Exits 1 on a syntax error.
import { readQuads } from './rdf_files.mjs';

const [syntax, path] = process.argv.slice(2);
try {
  const values = readQuads(path, syntax)
    .filter((quad) => quad.object.termType === 'Literal')
    .map((quad) => quad.object.value);
  process.stdout.write(JSON.stringify(values));
} catch (error) {
  console.error(`error: ${path}: ${error.message}`);
  process.exit(1);
}
