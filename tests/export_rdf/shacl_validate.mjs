// Usage: node shacl_validate.mjs SHAPES.ttl DATA.ttl [DATA...]
// Validates the data files (merged) against the shapes with rdf-validate-shacl.
// Exits 0 when the data conforms; otherwise prints one line per violation and exits 1.
import rdf from 'rdf-ext'; // datasets only: the validator brings its own clownface environment
import SHACLValidator from 'rdf-validate-shacl';
import { readQuads } from './rdf_files.mjs';

const [shapesPath, ...dataPaths] = process.argv.slice(2);
if (!shapesPath || dataPaths.length === 0) {
  console.error('usage: node shacl_validate.mjs SHAPES.ttl DATA.ttl [DATA...]');
  process.exit(2);
}
try {
  const shapes = rdf.dataset(readQuads(shapesPath));
  const data = rdf.dataset(dataPaths.flatMap((path) => readQuads(path)));
  const report = await new SHACLValidator(shapes).validate(data);
  if (report.conforms) {
    console.log(`ok: ${data.size} triples conform to ${shapesPath}`);
    process.exit(0);
  }
  for (const result of report.results) {
    const message = result.message.map((m) => m.value).join('; ');
    console.log(`error: ${result.focusNode?.value} ${result.path?.value ?? ''}: ${message} ` +
                `(${result.sourceConstraintComponent?.value})`);
  }
  process.exit(1);
} catch (error) {
  console.error(`error: ${error.message}`);
  process.exit(2);
}
