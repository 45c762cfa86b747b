// Usage: node check_ontology.mjs ONTOLOGY.ttl [DATA.ttl...]
// Checks the ontology's own contract (issue 4): version IRI and owl:versionInfo; an
// rdfs:label and an rdfs:comment in English and in Indonesian on every dip: term; PLOVER
// and CAMEO annotations on every event class but Affiliation. With DATA files, also checks
// that every dip: class, property and individual they use is declared in the ontology.
import { DIP, OWL, RDF, RDFS, loadOntology } from './ontology_terms.mjs';
import { readQuads } from './rdf_files.mjs';

const [ontologyPath, ...dataPaths] = process.argv.slice(2);
const ontology = loadOntology(ontologyPath);
const errors = [];
const header = 'https://diplograph.example.org/ontology';
if (ontology.objects(header, OWL + 'versionIRI').length !== 1) errors.push(`${header}: no owl:versionIRI`);
if (ontology.objects(header, OWL + 'versionInfo').length !== 1) errors.push(`${header}: no owl:versionInfo`);

const terms = ontology.subjects.filter((s) => s.startsWith(DIP));
for (const term of terms) {
  for (const predicate of ['label', 'comment']) {
    const langs = ontology.objects(term, RDFS + predicate).map((o) => o.language);
    for (const lang of ['en', 'id'])
      if (!langs.includes(lang)) errors.push(`${term}: no rdfs:${predicate}@${lang}`);
  }
}
const eventClasses = terms.filter((t) => ontology.objects(t, RDFS + 'subClassOf').some((o) => o.value === DIP + 'Event'));
if (eventClasses.length !== 12) errors.push(`expected 12 event classes, found ${eventClasses.length}`);
for (const cls of eventClasses) {
  if (ontology.objects(cls, DIP + 'directProperty').length !== 1) errors.push(`${cls}: no dip:directProperty`);
  if (cls === DIP + 'Affiliation') continue;
  if (ontology.objects(cls, DIP + 'ploverType').length !== 1) errors.push(`${cls}: no dip:ploverType`);
  if (ontology.objects(cls, DIP + 'cameoCode').length === 0) errors.push(`${cls}: no dip:cameoCode`);
}

const declared = new Set(terms);
for (const path of dataPaths) {
  for (const quad of readQuads(path)) {
    const used = [quad.predicate.value];
    if (quad.object.termType === 'NamedNode') used.push(quad.object.value);
    for (const iri of used)
      if (iri.startsWith(DIP) && !declared.has(iri)) errors.push(`${path}: uses undeclared ${iri}`);
  }
}

const unique = [...new Set(errors)];
for (const error of unique) console.log(`error: ${error}`);
if (unique.length === 0) console.log(`ok: ${terms.length} terms, ${eventClasses.length} event classes`);
process.exit(unique.length === 0 ? 0 : 1);
