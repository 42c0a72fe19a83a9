"""Reads a `tdg export` file with networkx and prints what it holds, as one JSON object.

    npx tdg export --format graphml --out graph.graphml
    python examples/python/read_export.py graph.graphml [--node org:blackrock]

GraphML and GEXF keep lists (aliases, sources, sourceUrls) and objects (statusHistory, figures) as
JSON text: json.loads turns them back. Run by tests/integration/export.int.test.ts.
"""

import argparse
import json
from collections import Counter

import networkx as nx


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", help="a .graphml or .gexf file written by tdg export")
    parser.add_argument("--node", help="also print this node's attributes, lists decoded")
    args = parser.parse_args()
    graph = nx.read_gexf(args.file) if args.file.endswith(".gexf") else nx.read_graphml(args.file)
    summary = {
        "nodes": graph.number_of_nodes(),
        "edges": graph.number_of_edges(),
        "types": dict(Counter(data.get("type") for _, data in graph.nodes(data=True))),
        "ids": sorted(graph.nodes),
    }
    if args.node:
        data = dict(graph.nodes[args.node])
        for key in ("labels", "aliases", "sources", "sourceUrls", "statusHistory", "figures"):
            if key in data:
                data[key] = json.loads(data[key])
        summary["node"] = data
    print(json.dumps(summary, ensure_ascii=False))


if __name__ == "__main__":
    main()
