// Loads diplograph's Neo4j bulk-import CSVs (neo4j/ folder) into an in-memory kuzu database
// and prints a JSON summary of counts and Cypher answers.
//
// kuzu needs a schema, so the Neo4j header conventions are mapped to one here:
//   `name:ID(Space)`           -> node table `Space`, column `name` STRING PRIMARY KEY
//   `:LABEL`                   -> column `labels` STRING (kuzu has one label per table)
//   `:START_ID(A)`,`:END_ID(B)`-> rel table FROM A TO B (they must be the first two columns)
//   `:TYPE`                    -> column `rel_type` STRING
//   `x:int|long`               -> INT64, `x:double|float` -> DOUBLE, `x:boolean` -> BOOLEAN,
//   `x:date`                   -> DATE, `x:string[]` -> STRING (the raw ';'-joined cell),
//   `x` (no type)              -> STRING
// Then kuzu's own CSV reader (RFC 4180 quotes, header row) loads every file with COPY, so a
// quoting, escaping or typing mistake in the files makes this script fail.
'use strict';
const fs = require('fs');
const path = require('path');
const kuzu = require('kuzu');

const dir = process.argv[2];
const NODE_FILES = ['actors.csv', 'events.csv', 'documents.csv'];
const REL_FILES = ['event_participants.csv', 'actor_relations.csv', 'event_mentions.csv'];
const TYPES = {int: 'INT64', long: 'INT64', double: 'DOUBLE', float: 'DOUBLE', boolean: 'BOOLEAN',
               date: 'DATE', 'string[]': 'STRING', string: 'STRING'};

function header(file) {
  const first = fs.readFileSync(path.join(dir, file), 'utf8').split('\n')[0];
  return first.split(',');  // our headers hold no quoted commas
}

function mapColumn(column) {
  let m;
  if ((m = column.match(/^(\w*):ID\((\w+)\)$/))) return {kind: 'id', name: m[1], space: m[2]};
  if ((m = column.match(/^:START_ID\((\w+)\)$/))) return {kind: 'start', space: m[1]};
  if ((m = column.match(/^:END_ID\((\w+)\)$/))) return {kind: 'end', space: m[1]};
  if (column === ':LABEL') return {kind: 'column', name: 'labels', type: 'STRING'};
  if (column === ':TYPE') return {kind: 'column', name: 'rel_type', type: 'STRING'};
  if ((m = column.match(/^(\w+):(.+)$/))) {
    if (!(m[2] in TYPES)) throw new Error(`unknown Neo4j type in header: ${column}`);
    return {kind: 'column', name: m[1], type: TYPES[m[2]]};
  }
  if (/^\w+$/.test(column)) return {kind: 'column', name: column, type: 'STRING'};
  throw new Error(`unexpected header: ${column}`);
}

function ddl(file) {
  const columns = header(file).map(mapColumn);
  const table = path.basename(file, '.csv');
  const props = columns.filter((c) => c.kind !== 'start' && c.kind !== 'end');
  const list = props.map((c) => `\`${c.name}\` ${c.kind === 'id' ? 'STRING' : c.type}`);
  const id = columns.find((c) => c.kind === 'id');
  if (id) return {table: id.space, sql: `CREATE NODE TABLE ${id.space}(${list.join(', ')}, PRIMARY KEY (\`${id.name}\`))`};
  const start = columns[0], end = columns[1];
  if (start.kind !== 'start' || end.kind !== 'end') throw new Error(`${file}: :START_ID and :END_ID must come first`);
  return {table, sql: `CREATE REL TABLE ${table}(FROM ${start.space} TO ${end.space}${list.length ? ', ' + list.join(', ') : ''})`};
}

async function all(conn, query) {
  const result = await conn.query(query);
  const rows = await result.getAll();
  return rows.map((row) => {
    const out = {};
    for (const [k, v] of Object.entries(row)) out[k] = v instanceof Date ? v.toISOString().slice(0, 10) : v;
    return out;
  });
}

async function main() {
  const db = new kuzu.Database(':memory:');
  const conn = new kuzu.Connection(db);
  for (const file of [...NODE_FILES, ...REL_FILES]) {
    const {table, sql} = ddl(file);
    await conn.query(sql);
    await conn.query(`COPY ${table} FROM '${path.join(dir, file)}' (header=true, delim=',', quote='"', escape='"', auto_detect=false, parallel=false)`);
  }
  const count = async (pattern) => Number((await all(conn, `MATCH ${pattern} RETURN count(*) AS n`))[0].n);
  const keys = async (query) => (await all(conn, query)).map((row) => row.k);
  const summary = {
    counts: {
      actors: await count('(a:Actor)'),
      events: await count('(e:Event)'),
      documents: await count('(d:Document)'),
      participants: await count('()-[:event_participants]->()'),
      relations: await count('()-[:actor_relations]->()'),
      mentions: await count('()-[:event_mentions]->()'),
    },
    // Who visited North Korea, through the typed shortcuts and through the event nodes: the
    // two paths must agree.
    visited_north_korea: await keys(
        "MATCH (a:Actor)-[r:actor_relations]->(b:Actor) WHERE b.`key` = 'north-korea' AND r.rel_type = 'VISITED' AND r.factual RETURN DISTINCT a.`key` AS k ORDER BY k"),
    visited_north_korea_via_events: await keys(
        "MATCH (a:Actor)-[p:event_participants]->(e:Event)<-[q:event_participants]-(b:Actor) WHERE p.rel_type = 'ACTOR' AND q.rel_type = 'RECIPIENT' AND b.`key` = 'north-korea' AND e.type = 'visit' AND e.factual RETURN DISTINCT a.`key` AS k ORDER BY k"),
    kim_jong_un_met: await keys(
        "MATCH (k:Actor)-[r:actor_relations]-(o:Actor) WHERE k.`key` = 'kim-jong-un' AND r.rel_type = 'MET' RETURN DISTINCT o.`key` AS k ORDER BY k"),
    actors: await all(conn, 'MATCH (a:Actor) RETURN a.`key` AS key, a.name AS name, a.labels AS labels, a.type AS type, a.iso3 AS iso3, a.aliases AS aliases, a.degree AS degree ORDER BY key'),
    events: await all(conn, 'MATCH (e:Event) RETURN e.iri AS iri, e.type AS type, e.subject AS subject, e.object AS object, e.date AS date, e.date_precision AS precision, e.date_from AS date_from, e.date_to AS date_to, e.modality AS modality, e.factual AS factual, e.mentions AS mentions, e.evidence AS evidence ORDER BY iri'),
    documents: await all(conn, 'MATCH (d:Document) RETURN d.id AS id, d.title AS title, d.published_on AS published_on ORDER BY id'),
    mention_documents: await all(conn, 'MATCH (e:Event)-[m:event_mentions]->(d:Document) RETURN e.type AS type, d.id AS document, m.sentence_begin AS begin, m.sentence_end AS finish ORDER BY type, begin'),
  };
  process.stdout.write(JSON.stringify(summary));
}

main().catch((error) => {
  process.stderr.write(String(error && error.stack || error) + '\n');
  process.exit(1);
});
