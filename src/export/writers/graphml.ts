import { createCB } from 'xmlbuilder2';
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
import type { JsonValue } from '../../reports/types.ts';

const GRAPHML_NS = 'http://graphml.graphdrawing.org/xmlns';
const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';
const SCHEMA_LOCATION = `${GRAPHML_NS} ${GRAPHML_NS}/1.0/graphml.xsd`;

/** GraphML's `attr.type` for a column (dates and lists are strings). */
function graphmlType(kind: Column['kind']): string {
  if (kind === 'long' || kind === 'double' || kind === 'boolean') return kind;
  return 'string';
}

/**
 * GraphML (graphml.graphdrawing.org), streamed with xmlbuilder2's callback builder: a `<key>` per
 * attribute, then one directed `<graph>` with every `<node>` and `<edge>` and their `<data>`.
 * Read by Gephi, networkx (`read_graphml`), yEd, igraph and Cytoscape.
 */
export function createGraphmlWriter(output: Output): GraphWriter {
  const xml = createCB({
    data: (chunk: string) => output.push(chunk),
    prettyPrint: true,
    invalidCharReplacement: '',
  });
  let nodeCols: Column[] = [];
  let edgeCols: Column[] = [];
  const data = (prefix: string, columns: readonly Column[], values: Record<string, JsonValue>) => {
    for (const column of columns) {
      const text = toAttributeText(values[column.name]);
      if (text !== undefined)
        xml
          .ele('data', { key: `${prefix}_${column.name}` })
          .txt(text)
          .up();
    }
  };
  return {
    async begin(schema) {
      nodeCols = nodeColumns(schema);
      edgeCols = relationshipColumns(schema);
      xml.dec({ version: '1.0', encoding: 'UTF-8' });
      xml.ele('graphml', { xmlns: GRAPHML_NS, 'xmlns:xsi': XSI_NS, 'xsi:schemaLocation': SCHEMA_LOCATION });
      const key = (prefix: string, target: string, column: Column) =>
        xml
          .ele('key', {
            id: `${prefix}_${column.name}`,
            for: target,
            'attr.name': xmlAttributeName(column.name),
            'attr.type': graphmlType(column.kind),
          })
          .up();
      nodeCols.forEach((column) => key('n', 'node', column));
      edgeCols.forEach((column) => key('e', 'edge', column));
      xml.ele('graph', { id: 'tech-diplomacy-graph', edgedefault: 'directed' });
      await output.flush();
    },
    async node(node) {
      xml.ele('node', { id: node.id });
      data('n', nodeCols, nodeValues(node));
      xml.up();
      await output.flush();
    },
    beginRelationships: () => Promise.resolve(),
    async relationship(relationship) {
      xml.ele('edge', { id: relationship.id, source: relationship.start, target: relationship.end });
      data('e', edgeCols, relationshipValues(relationship));
      xml.up();
      await output.flush();
    },
    async end() {
      xml.up().up().end();
      await output.close();
    },
  };
}
