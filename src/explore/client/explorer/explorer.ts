import { ApiError, requestGraphQL } from './api.ts';
import { el, replaceChildren } from './dom.ts';
import { NO_FILTERS, type Filters } from './filters.ts';
import { createExploreGraph, upsertNode, upsertRelationship } from './graph-state.ts';
import { settleLayout } from './layout.ts';
import { renderEntityPanel } from './panel.ts';
import { styleOf } from './palette.ts';
import {
  ENTITY,
  type EntityQueryData,
  type GraphNodeData,
  type GraphRelationshipData,
  NEIGHBORHOOD,
  type NeighborhoodData,
  type PathData,
  SEARCH,
  type SearchData,
  SHORTEST_PATH,
} from './queries.ts';
import { createRenderer, type ViewHighlights } from './renderer.ts';
import { renderControls } from './controls.ts';
import { renderTextView } from './text-view.ts';
import { formatViewState, type ViewState } from './url-state.ts';

/** How many neighbours one expansion loads (the API's cap is 100). */
const NEIGHBOURS_PER_EXPANSION = 60;

/** The explorer's state and what changes it; the DOM and the canvas are redrawn from it. */
interface State {
  filters: Filters;
  depth: number;
  selected: string | null;
  focused: string | null;
  pathEnds: string[];
  pathNodes: Set<string>;
  pathEdges: Set<string>;
}

function part(root: HTMLElement, selector: string): HTMLElement {
  const found = root.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`The page lacks ${selector}`);
  return found;
}

/** Wires the page: the parts are found by id in explore.html. */
export function createExplorer(root: HTMLElement) {
  const graph = createExploreGraph();
  const state: State = {
    filters: NO_FILTERS,
    depth: 1,
    selected: null,
    focused: null,
    pathEnds: [],
    pathNodes: new Set(),
    pathEdges: new Set(),
  };
  // The controls first: the search results list is one of them.
  replaceChildren(
    part(root, '#controls'),
    ...renderControls({
      search: (text) => void search(text),
      setFilters: (filters) => {
        state.filters = filters;
        redraw();
      },
      setDepth: (depth) => (state.depth = depth),
      fit: () => void sigma.getCamera().animatedReset(),
      clear,
    }),
  );
  const parts = {
    canvas: part(root, '#graph'),
    textView: part(root, '#text-view-tables'),
    panel: part(root, '#panel'),
    status: part(root, '#status'),
    results: part(root, '#search-results'),
    path: part(root, '#path-status'),
  };
  const highlights = (): ViewHighlights => state;
  const sigma = createRenderer(parts.canvas, graph, highlights);

  const announce = (text: string, busy = false) => {
    parts.status.textContent = text;
    root.dataset.busy = String(busy);
  };
  const setView = (view: ViewState) => {
    window.history.replaceState(null, '', `${window.location.pathname}${formatViewState(view)}`);
  };
  const redraw = () => {
    sigma.refresh();
    replaceChildren(parts.textView, ...renderTextView(graph, state.filters, state.pathEnds, textActions));
    renderPathStatus();
  };
  const run = async (label: string, work: () => Promise<void>) => {
    announce(label, true);
    try {
      await work();
    } catch (error) {
      announce(
        error instanceof ApiError ? `Error: ${error.message}` : 'Error: the server could not be reached.',
      );
      return;
    }
    root.dataset.busy = 'false';
  };

  const addNodes = (
    nodes: readonly GraphNodeData[],
    relationships: readonly GraphRelationshipData[],
    near?: string,
  ) => {
    const before = graph.order;
    for (const node of nodes) upsertNode(graph, node, near);
    const keys = relationships.flatMap((rel) => upsertRelationship(graph, rel) ?? []);
    if (graph.order !== before) settleLayout(graph);
    return keys;
  };

  const label = (id: string) => (graph.hasNode(id) ? graph.getNodeAttribute(id, 'label') : id);

  async function select(id: string): Promise<void> {
    state.selected = id;
    sigma.refresh();
    const { node } = await requestGraphQL<EntityQueryData>(ENTITY, { id });
    if (!node) {
      replaceChildren(parts.panel, el('p', {}, `No entity has the id ${id}.`));
      return;
    }
    replaceChildren(parts.panel, renderEntityPanel(node, panelActions));
  }

  async function expand(id: string): Promise<void> {
    await run(`Loading the neighbourhood of ${label(id)}…`, async () => {
      const { neighborhood } = await requestGraphQL<NeighborhoodData>(NEIGHBORHOOD, {
        id,
        depth: state.depth,
        first: NEIGHBOURS_PER_EXPANSION,
      });
      if (!neighborhood) {
        announce(`No entity has the id ${id}.`);
        return;
      }
      const nodes = [neighborhood.center, ...neighborhood.nodes.map((n) => n.node)];
      addNodes(nodes, neighborhood.relationships, id);
      await select(id);
      redraw();
      setView({ kind: 'focus', id });
      announce(
        `${neighborhood.center.name}: ${neighborhood.nodes.length} neighbours within ${state.depth} step(s). ${graph.order} nodes on screen.`,
      );
    });
  }

  async function findPath(from: string, to: string): Promise<void> {
    state.pathEnds = [from, to];
    await run(`Looking for a path from ${label(from)} to ${label(to)}…`, async () => {
      const { shortestPath } = await requestGraphQL<PathData>(SHORTEST_PATH, { from, to });
      setView({ kind: 'path', from, to });
      if (!shortestPath) {
        state.pathNodes = new Set();
        state.pathEdges = new Set();
        redraw();
        announce(`No path within 8 steps between ${label(from)} and ${label(to)}.`);
        return;
      }
      const keys = addNodes(shortestPath.nodes, shortestPath.relationships, from);
      state.pathNodes = new Set(shortestPath.nodes.map((n) => n.id));
      state.pathEdges = new Set(keys);
      await select(from);
      redraw();
      announce(
        `Path of ${shortestPath.length} step(s): ${shortestPath.nodes.map((n) => n.name).join(' → ')}.`,
      );
    });
  }

  function choosePathEnd(id: string): void {
    if (state.pathEnds.length !== 1) {
      state.pathEnds = [id];
      state.pathNodes = new Set();
      state.pathEdges = new Set();
      redraw();
      announce(
        `Path from ${label(id)}: choose the other end (click a node with Shift, or press p on its row).`,
      );
      return;
    }
    const [from] = state.pathEnds;
    if (from === undefined || from === id) return;
    void findPath(from, id);
  }

  async function search(text: string): Promise<void> {
    if (text.trim() === '') return;
    await run(`Searching for “${text}”…`, async () => {
      const { search: hits } = await requestGraphQL<SearchData>(SEARCH, { text });
      replaceChildren(
        parts.results,
        ...hits.map((hit) =>
          el(
            'li',
            {},
            el(
              'button',
              { type: 'button', onclick: () => void expand(hit.node.id) },
              hit.node.name,
              el('span', { className: 'hit-type' }, styleOf(hit.node.__typename).label),
            ),
          ),
        ),
      );
      announce(
        hits.length === 0 ? `Nothing found for “${text}”.` : `${hits.length} result(s) for “${text}”.`,
      );
    });
  }

  function clear(): void {
    graph.clear();
    Object.assign(state, {
      selected: null,
      focused: null,
      pathEnds: [],
      pathNodes: new Set(),
      pathEdges: new Set(),
    });
    replaceChildren(
      parts.panel,
      el('p', {}, 'Select a node to see its properties, status history, figures and sources.'),
    );
    setView({ kind: 'empty' });
    redraw();
    announce('Cleared.');
  }

  const panelActions = { expand: (id: string) => void expand(id), choosePathEnd };
  const textActions = {
    expand: (id: string) => void expand(id),
    choosePathEnd,
    focus: (id: string | null) => {
      state.focused = id;
      sigma.refresh();
    },
  };

  function renderPathStatus(): void {
    const [from, to] = state.pathEnds;
    const text =
      from === undefined
        ? 'No path chosen. Shift-click two nodes, or press p on two rows of the node table.'
        : to === undefined
          ? `From ${label(from)}: choose the other end.`
          : `From ${label(from)} to ${label(to)}.`;
    replaceChildren(parts.path, text);
  }

  sigma.on('clickNode', ({ node, event }) => {
    if (event.original.shiftKey) choosePathEnd(node);
    else void expand(node);
  });
  sigma.on('enterNode', () => (parts.canvas.style.cursor = 'pointer'));
  sigma.on('leaveNode', () => (parts.canvas.style.cursor = ''));

  redraw();

  return {
    /** Opens a deep link's view. */
    async open(view: ViewState): Promise<void> {
      if (view.kind === 'focus') await expand(view.id);
      else if (view.kind === 'path') await findPath(view.from, view.to);
      else announce('Search for an entity to start, e.g. “Royaume-Uni” or “BlackRock”.');
    },
  };
}
