// Reads a GraphML file with graphology-graphml (npm) into a graphology MultiDirectedGraph and
// prints a JSON summary: order, size, node attributes by key (r/g/b folded into `color`, as
// Gephi does), edges as {source, target, attributes} in file order.
'use strict';
const fs = require('fs');
const {MultiDirectedGraph} = require('graphology');
const graphml = require('graphology-graphml');

const graph = graphml.parse(MultiDirectedGraph, fs.readFileSync(process.argv[2], 'utf8'));
const nodes = {};
graph.forEachNode((key, attributes) => { nodes[key] = attributes; });
const edges = [];
graph.forEachEdge((key, attributes, source, target) => { edges.push({key, source, target, attributes}); });
process.stdout.write(JSON.stringify({order: graph.order, size: graph.size, nodes, edges}));
