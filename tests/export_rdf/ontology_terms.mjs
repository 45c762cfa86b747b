// Shared by the ontology checks: the ontology file as a small in-memory index.
import { readQuads } from './rdf_files.mjs';

export const DIP = 'https://diplograph.example.org/ontology#';
export const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
export const RDFS = 'http://www.w3.org/2000/01/rdf-schema#';
export const OWL = 'http://www.w3.org/2002/07/owl#';

// Reads a Turtle file and answers "objects of (subject, predicate)" and "subjects of type".
export function loadOntology(path) {
  const quads = readQuads(path, 'turtle');
  const objects = (subject, predicate) =>
    quads.filter((q) => q.subject.value === subject && q.predicate.value === predicate).map((q) => q.object);
  const ofType = (type) =>
    [...new Set(quads.filter((q) => q.predicate.value === RDF + 'type' && q.object.value === type)
      .map((q) => q.subject.value))].sort();
  const subjects = [...new Set(quads.map((q) => q.subject.value))].sort();
  return { quads, objects, ofType, subjects };
}

export const local = (iri) => iri.replace(DIP, '').replace(/^.*[#/]/, '');
