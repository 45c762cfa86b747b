// Usage: node compare_actor_iris.mjs WHOLE.nt PART.nt [PART.nt...]
// IRIs come from content, so graphs built apart line up: every actor of a part has the
// IRI it has in the run over the whole corpus, and the parts together name every actor of
// the whole. Prints each actor IRI that breaks this and exits 1; exits 0 otherwise.
import { readQuads } from './rdf_files.mjs';

const kType = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const kActor = 'https://diplograph.example.org/ontology#Actor';
const actors = (path) => new Set(readQuads(path)
  .filter((q) => q.predicate.value === kType && q.object.value === kActor).map((q) => q.subject.value));

const [wholePath, ...partPaths] = process.argv.slice(2);
const whole = actors(wholePath);
const union = new Set();
let errors = 0;
for (const path of partPaths) {
  for (const iri of actors(path)) {
    union.add(iri);
    if (!whole.has(iri)) { console.log(`error: ${path}: actor <${iri}> is not in ${wholePath}`); ++errors; }
  }
}
for (const iri of whole) {
  if (!union.has(iri)) { console.log(`error: ${wholePath}: actor <${iri}> is in no part`); ++errors; }
}
if (errors === 0) console.log(`ok: ${whole.size} actors line up across ${partPaths.length} parts`);
process.exit(errors === 0 ? 0 : 1);
