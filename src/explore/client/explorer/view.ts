import type Sigma from 'sigma';
import { el, replaceChildren } from './dom.ts';
import { NO_FILTERS, type Filters } from './filters.ts';
import {
  createExploreGraph,
  type EdgeAttributes,
  type ExploreGraph,
  type NodeAttributes,
} from './graph-state.ts';
import { createRenderer } from './renderer.ts';
import { formatViewState, type ViewState } from './url-state.ts';

/** What the page shows, as data: the DOM and the canvas are redrawn from it. */
export interface ExplorerState {
  filters: Filters;
  depth: number;
  /** The node in the side panel. */
  selected: string | null;
  /** The node whose row has keyboard focus. */
  focused: string | null;
  pathEnds: string[];
  pathNodes: Set<string>;
  pathEdges: Set<string>;
}

/** The page's parts, found by id in explore.html. */
export interface ExplorerParts {
  readonly canvas: HTMLElement;
  readonly textView: HTMLElement;
  readonly panel: HTMLElement;
  readonly status: HTMLElement;
  readonly results: HTMLElement;
  readonly path: HTMLElement;
}

/** The graph, the state, the renderer and the page's parts, with the helpers every action uses. */
export interface ExplorerView {
  readonly root: HTMLElement;
  readonly graph: ExploreGraph;
  readonly state: ExplorerState;
  readonly sigma: Sigma<NodeAttributes, EdgeAttributes>;
  readonly parts: ExplorerParts;
  /** Says what happens in the status line (a live region); `busy` marks the page while a request runs. */
  announce(text: string, busy?: boolean): void;
  /** Writes the view into the address bar (history.replaceState), so it can be shared. */
  setView(view: ViewState): void;
  /** A node's name when it is on screen, else its id. */
  label: (id: string) => string;
  showInPanel(...content: HTMLElement[]): void;
}

function part(root: HTMLElement, selector: string): HTMLElement {
  const found = root.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`The page lacks ${selector}`);
  return found;
}

export const EMPTY_PANEL = 'Select a node to see its properties, status history, figures and sources.';

/** Creates the view over a page whose controls are already rendered. */
export function createView(root: HTMLElement): ExplorerView {
  const graph = createExploreGraph();
  const state: ExplorerState = {
    filters: NO_FILTERS,
    depth: 1,
    selected: null,
    focused: null,
    pathEnds: [],
    pathNodes: new Set(),
    pathEdges: new Set(),
  };
  const parts: ExplorerParts = {
    canvas: part(root, '#graph'),
    textView: part(root, '#text-view-tables'),
    panel: part(root, '#panel'),
    status: part(root, '#status'),
    results: part(root, '#search-results'),
    path: part(root, '#path-status'),
  };
  return {
    root,
    graph,
    state,
    parts,
    sigma: createRenderer(parts.canvas, graph, () => state),
    announce(text, busy = false) {
      parts.status.textContent = text;
      root.dataset.busy = String(busy);
    },
    setView(view) {
      window.history.replaceState(null, '', `${window.location.pathname}${formatViewState(view)}`);
    },
    label: (id) => (graph.hasNode(id) ? graph.getNodeAttribute(id, 'label') : id),
    showInPanel: (...content) =>
      replaceChildren(parts.panel, ...(content.length > 0 ? content : [el('p', {}, EMPTY_PANEL)])),
  };
}
