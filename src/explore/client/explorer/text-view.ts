import { el } from './dom.ts';
import { isNodeVisible, type Filters } from './filters.ts';
import type { ExploreGraph } from './graph-state.ts';
import { styleOf } from './palette.ts';
import { renderSourceLink } from './sources.ts';

/** What a keyboard user can do from a node's row. */
export interface TextViewActions {
  /** Enter (or a click): expand the node and show it in the side panel. */
  expand: (id: string) => void;
  /** `p`: choose the node as a path end. */
  choosePathEnd: (id: string) => void;
  /** The row got or lost focus: the canvas highlights the node. */
  focus: (id: string | null) => void;
}

function dateOf(attributes: { startDate: string | null; status: string | null }): string {
  return [attributes.startDate, attributes.status].filter(Boolean).join(' · ');
}

function renderNodeRow(
  graph: ExploreGraph,
  id: string,
  actions: TextViewActions,
  pathEnds: readonly string[],
): HTMLElement {
  const attributes = graph.getNodeAttributes(id);
  const style = styleOf(attributes.entityType);
  const button = el(
    'button',
    {
      type: 'button',
      className: 'node-button',
      'data-id': id,
      'aria-describedby': 'text-view-keys',
      onclick: () => actions.expand(id),
      onkeydown: (event: Event) => {
        const key = (event as KeyboardEvent).key;
        if (key === 'p' || key === 'P') {
          event.preventDefault();
          actions.choosePathEnd(id);
        }
      },
      onfocus: () => actions.focus(id),
      onblur: () => actions.focus(null),
    },
    attributes.label,
  );
  return el(
    'tr',
    { className: pathEnds.includes(id) ? 'path-end' : '' },
    el('td', {}, button),
    el(
      'td',
      {},
      el('span', { className: `swatch shape-${style.shape}`, style: `--swatch:${style.color}` }),
      style.label,
    ),
    el('td', {}, dateOf(attributes)),
  );
}

function renderEdgeRow(graph: ExploreGraph, edge: string): HTMLElement {
  const attributes = graph.getEdgeAttributes(edge);
  const [from, to] = graph.extremities(edge);
  return el(
    'tr',
    {},
    el('td', {}, graph.getNodeAttribute(from, 'label')),
    el('td', {}, el('code', {}, attributes.relType)),
    el('td', {}, graph.getNodeAttribute(to, 'label')),
    el('td', {}, ...attributes.sources.map((source) => renderSourceLink(source))),
  );
}

/**
 * The nodes and relationships on screen as two tables (a real DOM alternative to the canvas, for screen
 * readers and keyboards): a node's name is a button: Enter expands it, `p` makes it a path end.
 */
export function renderTextView(
  graph: ExploreGraph,
  filters: Filters,
  pathEnds: readonly string[],
  actions: TextViewActions,
): HTMLElement[] {
  const nodes = graph.filterNodes((_id, attributes) => isNodeVisible(attributes, filters));
  const shown = new Set(nodes);
  const edges = graph.filterEdges(
    (_edge, _attributes, source, target) => shown.has(source) && shown.has(target),
  );
  nodes.sort((a, b) => graph.getNodeAttribute(a, 'label').localeCompare(graph.getNodeAttribute(b, 'label')));
  return [
    el(
      'table',
      { className: 'text-nodes' },
      el('caption', {}, `Nodes on screen (${nodes.length})`),
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          el('th', { scope: 'col' }, 'Name'),
          el('th', { scope: 'col' }, 'Type'),
          el('th', { scope: 'col' }, 'Date · status'),
        ),
      ),
      el('tbody', {}, ...nodes.map((id) => renderNodeRow(graph, id, actions, pathEnds))),
    ),
    el(
      'table',
      { className: 'text-edges' },
      el('caption', {}, `Relationships on screen (${edges.length})`),
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          el('th', { scope: 'col' }, 'From'),
          el('th', { scope: 'col' }, 'Relationship'),
          el('th', { scope: 'col' }, 'To'),
          el('th', { scope: 'col' }, 'Sources'),
        ),
      ),
      el('tbody', {}, ...edges.map((edge) => renderEdgeRow(graph, edge))),
    ),
  ];
}
