#!/bin/sh
# Regenerates tests/export_rdf/expected/{fixture,corpus}/ from a build tree.
# Usage: tests/export_rdf/update_expected.sh BUILD_DIR   (then review `git diff`)
set -eu
build=${1:?usage: update_expected.sh BUILD_DIR}
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fixture_writer=$(find "$build" -type f -name rdf_fixture_writer | head -n 1)
"$fixture_writer" "$work/fixture"
node "$here/run_queries.mjs" --graph "$work/fixture/graph.ttl" --graph "$repo/ontology/diplomacy.ttl" \
  --queries "$repo/docs/queries" --expected "$here/expected/fixture" --update
cli=$(find "$build" -type f -name diplograph -perm -u+x | head -n 1)
if [ -n "$cli" ]; then
  "$cli" build "$repo/tests/corpus" -o "$work/corpus" --quiet
  node "$here/run_queries.mjs" --graph "$work/corpus/graph.ttl" --graph "$repo/ontology/diplomacy.ttl" \
    --queries "$repo/docs/queries" --expected "$here/expected/corpus" --update
else
  echo "note: no diplograph binary under $build; expected/corpus left as it is" >&2
fi
