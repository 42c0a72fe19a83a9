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

// 1.2draft, not 1.3: what Gephi 0.9/0.10 and networkx (1.1draft and 1.2draft only) all read. The root's
// tags hold only constants; everything read from the graph goes through the builder.
const OPEN = `<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" version="1.2">\n`;
const GRAPH_OPEN = '<graph defaultedgetype="directed" mode="static">\n';

/** GEXF's attribute type for a column (dates and lists are strings). */
function gexfType(kind: Column['kind']): string {
  return kind === 'long' || kind === 'double' || kind === 'boolean' ? kind : 'string';
}

function attvalues(columns: readonly Column[], values: Record<string, JsonValue>): XmlElement {
  const attvalue = columns.flatMap((column) => {
    const text = toAttributeText(values[column.name]);
    return text === undefined ? [] : [{ '@for': column.name, '@value': xmlSafe(text) }];
  });
  return { attvalue };
}

function attributes(target: string, columns: readonly Column[]): string {
  const attribute = columns.map((column) => ({
    '@id': column.name,
    '@title': xmlAttributeName(column.name),
    '@type': gexfType(column.kind),
  }));
  return buildXml({ attributes: { '@class': target, '@mode': 'static', attribute } });
}

/**
 * GEXF 1.2 (gexf.net), Gephi's own format: attribute declarations, then `<nodes>`, then `<edges>`. Read by
 * Gephi and networkx (`read_gexf`).
 */
export function createGexfWriter(output: Output, today = new Date().toISOString().slice(0, 10)): GraphWriter {
  let nodeCols: Column[] = [];
  let edgeCols: Column[] = [];
  return {
    async begin(schema) {
      nodeCols = nodeColumns(schema);
      edgeCols = relationshipColumns(schema);
      const meta = buildXml({
        meta: { '@lastmodifieddate': today, creator: { '#text': 'tech-diplomacy-graph (tdg export)' } },
      });
      await output.write(
        XML_DECLARATION +
          OPEN +
          meta +
          GRAPH_OPEN +
          attributes('node', nodeCols) +
          attributes('edge', edgeCols) +
          '<nodes>\n',
      );
    },
    node(node) {
      const values = nodeValues(node);
      const label = xmlSafe(toAttributeText(values.label) ?? node.id);
      return output.write(
        buildXml({
          node: { '@id': xmlSafe(node.id), '@label': label, attvalues: attvalues(nodeCols, values) },
        }),
      );
    },
    beginRelationships: () => output.write('</nodes>\n<edges>\n'),
    relationship: (relationship) =>
      output.write(
        buildXml({
          edge: {
            '@id': relationship.id,
            '@source': xmlSafe(relationship.start),
            '@target': xmlSafe(relationship.end),
            '@label': xmlSafe(relationship.type),
            attvalues: attvalues(edgeCols, relationshipValues(relationship)),
          },
        }),
      ),
    async end() {
      await output.write('</edges>\n</graph>\n</gexf>\n');
      await output.close();
    },
  };
}
