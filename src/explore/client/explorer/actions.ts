import { ApiError, requestGraphQL } from './api.ts';
import { el, replaceChildren } from './dom.ts';
import { upsertNode, upsertRelationship } from './graph-state.ts';
import { settleLayout } from './layout.ts';
import { renderEntityPanel } from './panel.ts';
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
import { renderSearchHits } from './controls.ts';
import { renderTextView, type TextViewActions } from './text-view.ts';
import type { ExplorerView } from './view.ts';

/** How many neighbours one expansion loads (the API's cap is 100). */
const NEIGHBOURS_PER_EXPANSION = 60;

/** What the user can do; each action updates the state, then redraws. */
export interface ExplorerActions {
  expand(id: string): Promise<void>;
  findPath(from: string, to: string): Promise<void>;
  choosePathEnd(id: string): void;
  search(text: string): Promise<void>;
  clear(): void;
  redraw(): void;
}

/** The path line under the canvas: what is chosen, and what to do next. */
export function describePathChoice(ends: readonly string[], label: (id: string) => string): string {
  const [from, to] = ends;
  if (from === undefined)
    return 'No path chosen. Shift-click two nodes, or press p on two rows of the node table.';
  if (to === undefined) return `From ${label(from)}: choose the other end.`;
  return `From ${label(from)} to ${label(to)}.`;
}

/** Runs a request with the page marked busy; a failure is said in the status line, not thrown. */
async function run(view: ExplorerView, label: string, work: () => Promise<void>): Promise<void> {
  view.announce(label, true);
  try {
    await work();
  } catch (error) {
    view.announce(
      error instanceof ApiError ? `Error: ${error.message}` : 'Error: the server could not be reached.',
    );
    return;
  }
  view.root.dataset.busy = 'false';
}

/** Adds nodes and relationships, settling the layout when nodes were added; returns the edges' keys. */
function addToGraph(
  view: ExplorerView,
  nodes: readonly GraphNodeData[],
  relationships: readonly GraphRelationshipData[],
  near: string,
): string[] {
  const before = view.graph.order;
  for (const node of nodes) upsertNode(view.graph, node, near);
  const keys = relationships.flatMap((rel) => upsertRelationship(view.graph, rel) ?? []);
  if (view.graph.order !== before) settleLayout(view.graph);
  return keys;
}

export function createActions(view: ExplorerView): ExplorerActions {
  const { graph, state } = view;
  const textActions: TextViewActions = {
    expand: (id) => void actions.expand(id),
    choosePathEnd: (id) => actions.choosePathEnd(id),
    focus: (id) => {
      state.focused = id;
      view.sigma.refresh();
    },
  };
  const panelActions = { expand: textActions.expand, choosePathEnd: textActions.choosePathEnd };

  async function select(id: string): Promise<void> {
    state.selected = id;
    view.sigma.refresh();
    const { node } = await requestGraphQL<EntityQueryData>(ENTITY, { id });
    view.showInPanel(
      node ? renderEntityPanel(node, panelActions) : el('p', {}, `No entity has the id ${id}.`),
    );
  }

  const actions: ExplorerActions = {
    redraw() {
      view.sigma.refresh();
      replaceChildren(
        view.parts.textView,
        ...renderTextView(graph, state.filters, state.pathEnds, textActions),
      );
      replaceChildren(view.parts.path, describePathChoice(state.pathEnds, view.label));
    },

    expand: (id) =>
      run(view, `Loading the neighbourhood of ${view.label(id)}…`, async () => {
        const variables = { id, depth: state.depth, first: NEIGHBOURS_PER_EXPANSION };
        const { neighborhood } = await requestGraphQL<NeighborhoodData>(NEIGHBORHOOD, variables);
        if (!neighborhood) return view.announce(`No entity has the id ${id}.`);
        addToGraph(
          view,
          [neighborhood.center, ...neighborhood.nodes.map((n) => n.node)],
          neighborhood.relationships,
          id,
        );
        await select(id);
        actions.redraw();
        view.setView({ kind: 'focus', id });
        view.announce(
          `${neighborhood.center.name}: ${neighborhood.nodes.length} neighbours within ${state.depth} step(s). ${graph.order} nodes on screen.`,
        );
      }),

    findPath(from, to) {
      state.pathEnds = [from, to];
      return run(view, `Looking for a path from ${view.label(from)} to ${view.label(to)}…`, async () => {
        const { shortestPath: path } = await requestGraphQL<PathData>(SHORTEST_PATH, { from, to });
        view.setView({ kind: 'path', from, to });
        const keys = path ? addToGraph(view, path.nodes, path.relationships, from) : [];
        state.pathNodes = new Set(path?.nodes.map((n) => n.id));
        state.pathEdges = new Set(keys);
        if (path) await select(from);
        actions.redraw();
        view.announce(
          path
            ? `Path of ${path.length} step(s): ${path.nodes.map((n) => n.name).join(' → ')}.`
            : `No path within 8 steps between ${view.label(from)} and ${view.label(to)}.`,
        );
      });
    },

    choosePathEnd(id) {
      const [from] = state.pathEnds;
      if (state.pathEnds.length === 1 && from !== undefined) {
        if (from !== id) void actions.findPath(from, id);
        return;
      }
      Object.assign(state, { pathEnds: [id], pathNodes: new Set(), pathEdges: new Set() });
      actions.redraw();
      view.announce(
        `Path from ${view.label(id)}: choose the other end (click a node with Shift, or press p on its row).`,
      );
    },

    search: (text) =>
      text.trim() === ''
        ? Promise.resolve()
        : run(view, `Searching for “${text}”…`, async () => {
            const { search: hits } = await requestGraphQL<SearchData>(SEARCH, { text });
            replaceChildren(view.parts.results, ...renderSearchHits(hits, textActions.expand));
            view.announce(
              hits.length === 0 ? `Nothing found for “${text}”.` : `${hits.length} result(s) for “${text}”.`,
            );
          }),

    clear() {
      graph.clear();
      Object.assign(state, {
        selected: null,
        focused: null,
        pathEnds: [],
        pathNodes: new Set(),
        pathEdges: new Set(),
      });
      view.showInPanel();
      view.setView({ kind: 'empty' });
      actions.redraw();
      view.announce('Cleared.');
    },
  };
  return actions;
}
