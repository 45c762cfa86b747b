#!/usr/bin/python3
"""Reads a GraphML file with igraph (Debian's python3-igraph) and prints a JSON summary.
igraph keeps the GraphML node id in the vertex attribute `id` (a data key named `id`
would clash with it), so nodes are reported by that id."""
import json
import sys

import igraph

graph = igraph.Graph.Read_GraphML(sys.argv[1])
ids = graph.vs["id"]
print(json.dumps({
    "directed": graph.is_directed(),
    "vertex_attributes": sorted(graph.vs.attributes()),
    "edge_attributes": sorted(graph.es.attributes()),
    "nodes": {v["id"]: v.attributes() for v in graph.vs},
    "edges": [[ids[e.source], ids[e.target], e.attributes()] for e in graph.es],
}, ensure_ascii=False))
