import { createNodeBorderProgram } from '@sigma/node-border';
import { NodeSquareProgram } from '@sigma/node-square';
import Sigma from 'sigma';
import { EdgeArrowProgram, NodeCircleProgram } from 'sigma/rendering';
import { isNodeVisible, type Filters } from './filters.ts';
import {
  BASE_NODE_SIZE,
  type EdgeAttributes,
  type ExploreGraph,
  type NodeAttributes,
} from './graph-state.ts';
import { drawLabelOnBand } from './labels.ts';
import { RING_COLOR } from './palette.ts';

/** What the renderer needs to know of the page's state to draw a frame. */
export interface ViewHighlights {
  readonly filters: Filters;
  /** The node the side panel shows. */
  readonly selected: string | null;
  /** Nodes chosen as path ends. */
  readonly pathEnds: readonly string[];
  /** The nodes and relationships of the path on screen. */
  readonly pathNodes: ReadonlySet<string>;
  readonly pathEdges: ReadonlySet<string>;
  /** The node whose row has keyboard focus in the text view. */
  readonly focused: string | null;
}

const HIGHLIGHT_EDGE = '#0072B2';
/** Edge labels around the selected node only up to this many edges. */
const MAX_LABELLED_DEGREE = 12;

/** Sigma over the explorer's graph: WebGL, with reducers that apply filters and highlights per frame. */
export function createRenderer(
  container: HTMLElement,
  graph: ExploreGraph,
  view: () => ViewHighlights,
): Sigma<NodeAttributes, EdgeAttributes> {
  return new Sigma<NodeAttributes, EdgeAttributes>(graph, container, {
    nodeProgramClasses: {
      disc: NodeCircleProgram,
      square: NodeSquareProgram,
      ring: createNodeBorderProgram({
        borders: [
          { size: { value: 0.28 }, color: { value: RING_COLOR } },
          { size: { fill: true }, color: { attribute: 'color' } },
        ],
      }),
    },
    edgeProgramClasses: { arrow: EdgeArrowProgram },
    defaultNodeType: 'disc',
    defaultEdgeType: 'arrow',
    renderEdgeLabels: true,
    defaultDrawNodeLabel: drawLabelOnBand,
    labelFont: 'system-ui, sans-serif',
    labelSize: 13,
    labelWeight: '500',
    edgeLabelSize: 11,
    labelRenderedSizeThreshold: 4,
    labelDensity: 0.5,
    zIndex: true,
    // Room for the labels of nodes on the edge of the drawing (they are drawn to the right of the node).
    stagePadding: 110,
    nodeReducer: (node, data) => reduceNode(node, data, view()),
    edgeReducer: (edge, data) => reduceEdge(graph, edge, data, view()),
  });
}

function reduceNode(node: string, data: NodeAttributes, view: ViewHighlights) {
  if (!isNodeVisible(data, view.filters)) return { ...data, hidden: true };
  const emphasised =
    node === view.selected ||
    node === view.focused ||
    view.pathEnds.includes(node) ||
    view.pathNodes.has(node);
  return {
    ...data,
    size: emphasised ? BASE_NODE_SIZE * 1.6 : data.size,
    forceLabel: emphasised,
    highlighted: node === view.selected || node === view.focused,
    zIndex: emphasised ? 1 : 0,
  };
}

function reduceEdge(graph: ExploreGraph, edge: string, data: EdgeAttributes, view: ViewHighlights) {
  const [source, target] = graph.extremities(edge);
  const visible = (node: string) => isNodeVisible(graph.getNodeAttributes(node), view.filters);
  if (!visible(source) || !visible(target)) return { ...data, hidden: true };
  const onPath = view.pathEdges.has(edge);
  // Around a hub, the labels of its many edges would cover each other: then only the path's are drawn.
  const touchesSelection =
    view.selected !== null &&
    (source === view.selected || target === view.selected) &&
    graph.degree(view.selected) <= MAX_LABELLED_DEGREE;
  return {
    ...data,
    color: onPath || touchesSelection ? HIGHLIGHT_EDGE : data.color,
    size: onPath ? 4 : data.size,
    // Edge labels only where they are read: along the path and around the selected node.
    label: onPath || touchesSelection ? data.label : '',
    forceLabel: onPath,
    zIndex: onPath ? 1 : 0,
  };
}
