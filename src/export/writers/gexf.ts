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

// 1.2draft, not 1.3: what Gephi 0.9/0.10 and networkx (1.1draft and 1.2draft only) all read.
const GEXF_NS = 'http://www.gexf.net/1.2draft';
const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';

/** GEXF's attribute type for a column (dates and lists are strings). */
function gexfType(kind: Column['kind']): string {
  if (kind === 'long' || kind === 'double' || kind === 'boolean') return kind;
  return 'string';
}

/**
 * GEXF 1.2 (gexf.net), Gephi's own format, streamed with xmlbuilder2's callback builder: attribute
 * declarations, then `<nodes>`, then `<edges>`. Read by Gephi and networkx (`read_gexf`).
 */
export function createGexfWriter(output: Output, today = new Date().toISOString().slice(0, 10)): GraphWriter {
  const xml = createCB({
    data: (chunk: string) => output.push(chunk),
    prettyPrint: true,
    invalidCharReplacement: '',
  });
  let nodeCols: Column[] = [];
  let edgeCols: Column[] = [];
  const attvalues = (columns: readonly Column[], values: Record<string, JsonValue>) => {
    xml.ele('attvalues');
    for (const column of columns) {
      const text = toAttributeText(values[column.name]);
      if (text !== undefined) xml.ele('attvalue', { for: column.name, value: text }).up();
    }
    xml.up();
  };
  const declare = (target: string, columns: readonly Column[]) => {
    xml.ele('attributes', { class: target, mode: 'static' });
    for (const column of columns)
      xml
        .ele('attribute', {
          id: column.name,
          title: xmlAttributeName(column.name),
          type: gexfType(column.kind),
        })
        .up();
    xml.up();
  };
  return {
    async begin(schema) {
      nodeCols = nodeColumns(schema);
      edgeCols = relationshipColumns(schema);
      xml.dec({ version: '1.0', encoding: 'UTF-8' });
      xml.ele('gexf', {
        xmlns: GEXF_NS,
        'xmlns:xsi': XSI_NS,
        'xsi:schemaLocation': `${GEXF_NS} http://www.gexf.net/1.2draft/gexf.xsd`,
        version: '1.2',
      });
      xml
        .ele('meta', { lastmodifieddate: today })
        .ele('creator')
        .txt('tech-diplomacy-graph (tdg export)')
        .up()
        .up();
      xml.ele('graph', { defaultedgetype: 'directed', mode: 'static' });
      declare('node', nodeCols);
      declare('edge', edgeCols);
      xml.ele('nodes');
      await output.flush();
    },
    async node(node) {
      const values = nodeValues(node);
      xml.ele('node', { id: node.id, label: toAttributeText(values.label) ?? node.id });
      attvalues(nodeCols, values);
      xml.up();
      await output.flush();
    },
    async beginRelationships() {
      xml.up().ele('edges');
      await output.flush();
    },
    async relationship(relationship) {
      xml.ele('edge', {
        id: relationship.id,
        source: relationship.start,
        target: relationship.end,
        label: relationship.type,
      });
      attvalues(edgeCols, relationshipValues(relationship));
      xml.up();
      await output.flush();
    },
    async end() {
      xml.up().up().up().end();
      await output.close();
    },
  };
}
