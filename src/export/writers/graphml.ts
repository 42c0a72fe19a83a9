import type { JsonValue } from '../../reports/types.ts';
import {
  type Column,
  nodeColumns,
  nodeValues,
  relationshipColumns,
  relationshipValues,
  toAttributeText,
  xmlAttributeName,
} from '../columns.ts';
import type { Output } from '../output.ts';
import type { GraphWriter } from '../types.ts';
import { buildXml, XML_DECLARATION, type XmlElement, xmlSafe } from './xml.ts';

// The root's opening and closing tags hold only these constants: everything read from the graph goes
// through the builder, which escapes it.
const OPEN = `<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n`;
const GRAPH_OPEN = '<graph id="tech-diplomacy-graph" edgedefault="directed">\n';
const CLOSE = '</graph>\n</graphml>\n';

/** GraphML's `attr.type` for a column (dates and lists are strings). */
function graphmlType(kind: Column['kind']): string {
  return kind === 'long' || kind === 'double' || kind === 'boolean' ? kind : 'string';
}

function data(prefix: string, columns: readonly Column[], values: Record<string, JsonValue>): XmlElement[] {
  return columns.flatMap((column) => {
    const text = toAttributeText(values[column.name]);
    return text === undefined ? [] : [{ '@key': `${prefix}_${column.name}`, '#text': xmlSafe(text) }];
  });
}

function keys(prefix: string, target: string, columns: readonly Column[]): string {
  return columns
    .map((column) =>
      buildXml({
        key: {
          '@id': `${prefix}_${column.name}`,
          '@for': target,
          '@attr.name': xmlAttributeName(column.name),
          '@attr.type': graphmlType(column.kind),
        },
      }),
    )
    .join('');
}

/**
 * GraphML (graphml.graphdrawing.org): a `<key>` per attribute, then one directed `<graph>` with every
 * `<node>` and `<edge>` and their `<data>`. Read by Gephi, networkx (`read_graphml`), yEd, igraph and
 * Cytoscape.
 */
export function createGraphmlWriter(output: Output): GraphWriter {
  let nodeCols: Column[] = [];
  let edgeCols: Column[] = [];
  return {
    async begin(schema) {
      nodeCols = nodeColumns(schema);
      edgeCols = relationshipColumns(schema);
      await output.write(
        XML_DECLARATION + OPEN + keys('n', 'node', nodeCols) + keys('e', 'edge', edgeCols) + GRAPH_OPEN,
      );
    },
    node: (node) =>
      output.write(
        buildXml({ node: { '@id': xmlSafe(node.id), data: data('n', nodeCols, nodeValues(node)) } }),
      ),
    beginRelationships: () => Promise.resolve(),
    relationship: (relationship) =>
      output.write(
        buildXml({
          edge: {
            '@id': relationship.id,
            '@source': xmlSafe(relationship.start),
            '@target': xmlSafe(relationship.end),
            data: data('e', edgeCols, relationshipValues(relationship)),
          },
        }),
      ),
    async end() {
      await output.write(CLOSE);
      await output.close();
    },
  };
}
