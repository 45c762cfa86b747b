#!/usr/bin/python3
"""Reads a GraphML file with networkx (Debian's python3-networkx) as a directed multigraph
and prints a JSON summary: node and edge counts, every node's attributes by id, every
edge as [source, target, key, attributes] in file order."""
import json
import sys

import networkx as nx

graph = nx.read_graphml(sys.argv[1], force_multigraph=True)
print(json.dumps({
    "directed": graph.is_directed(),
    "nodes": {node: attrs for node, attrs in graph.nodes(data=True)},
    "edges": [[u, v, k, attrs] for u, v, k, attrs in graph.edges(keys=True, data=True)],
}, ensure_ascii=False))
