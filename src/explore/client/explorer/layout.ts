import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import type { ExploreGraph } from './graph-state.ts';

/**
 * Settles the layout after nodes were added: ForceAtlas2 (the layout Gephi analysts know; Barnes–Hut
 * above a few hundred nodes), then noverlap so labels and shapes do not sit on each other. Fewer
 * iterations for bigger graphs keep an expansion of a few thousand nodes under a second or so.
 */
export function settleLayout(graph: ExploreGraph): void {
  if (graph.order < 2) return;
  const settings = forceAtlas2.inferSettings(graph);
  const iterations = Math.max(30, Math.min(300, Math.round(60_000 / graph.order)));
  forceAtlas2.assign(graph, {
    iterations,
    settings: { ...settings, barnesHutOptimize: graph.order > 300, adjustSizes: false, gravity: 1 },
  });
  noverlap.assign(graph, { maxIterations: 150, settings: { margin: 6, ratio: 1.2, expansion: 1.1 } });
}
