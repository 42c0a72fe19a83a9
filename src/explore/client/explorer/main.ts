/**
 * The graph explorer (/explore): search, expand neighbourhoods, shortest paths, filters, a side panel
 * with every source, a text view of what is on screen, and deep links. Talks only to POST /graphql.
 */
import { createExplorer } from './explorer.ts';
import { parseViewState } from './url-state.ts';

const root = document.getElementById('explorer');
if (root) {
  const explorer = createExplorer(root);
  void explorer.open(parseViewState(window.location.search));
}
