#!/usr/bin/python3
"""Reads a GEXF 1.3 file with Python's XML parser (networkx reads no GEXF 1.3) and prints
a JSON summary of what Gephi would use: graph mode and time format, nodes with label,
colour, size and attribute values, edges with kind, type, label, weight, start, end and
attribute values (attribute ids resolved to titles)."""
import json
import sys
import xml.etree.ElementTree as ET

NS = {"g": "http://gexf.net/1.3", "viz": "http://gexf.net/1.3/viz"}
root = ET.parse(sys.argv[1]).getroot()
graph = root.find("g:graph", NS)
titles = {}
for attributes in graph.findall("g:attributes", NS):
    for attribute in attributes.findall("g:attribute", NS):
        titles[(attributes.get("class"), attribute.get("id"))] = attribute.get("title")


def values(element, cls):
    out = {}
    for value in element.findall("g:attvalues/g:attvalue", NS):
        out[titles[(cls, value.get("for"))]] = value.get("value")
    return out


nodes = {}
for node in graph.findall("g:nodes/g:node", NS):
    colour = node.find("viz:color", NS)
    size = node.find("viz:size", NS)
    nodes[node.get("id")] = {
        "label": node.get("label"),
        "color": [int(colour.get(c)) for c in "rgb"] if colour is not None else None,
        "size": float(size.get("value")) if size is not None else None,
        "attributes": values(node, "node"),
    }
edges = []
for edge in graph.findall("g:edges/g:edge", NS):
    edges.append({
        "id": edge.get("id"), "source": edge.get("source"), "target": edge.get("target"),
        "kind": edge.get("kind"), "type": edge.get("type"), "label": edge.get("label"),
        "weight": float(edge.get("weight", "1")), "start": edge.get("start"), "end": edge.get("end"),
        "attributes": values(edge, "edge"),
    })
print(json.dumps({
    "mode": graph.get("mode"), "timeformat": graph.get("timeformat"),
    "nodes": nodes, "edges": edges,
}, ensure_ascii=False))
