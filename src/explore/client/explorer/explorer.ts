import { createActions } from './actions.ts';
import { renderControls } from './controls.ts';
import { replaceChildren } from './dom.ts';
import type { ViewState } from './url-state.ts';
import { createView } from './view.ts';

/**
 * Wires the page: controls, the view (graph, state, canvas), the actions, and the canvas's events
 * (a click expands a node, a shift-click makes it a path end).
 */
export function createExplorer(root: HTMLElement) {
  const controls = root.querySelector('#controls');
  if (!controls) throw new Error('The page lacks #controls');
  // Rendered first: the search results list the view needs is one of them. The actions exist by the
  // time any control is used.
  replaceChildren(
    controls,
    ...renderControls({
      search: (text) => void actions.search(text),
      setFilters: (filters) => {
        view.state.filters = filters;
        actions.redraw();
      },
      setDepth: (depth) => (view.state.depth = depth),
      fit: () => void view.sigma.getCamera().animatedReset(),
      clear: () => actions.clear(),
    }),
  );
  const view = createView(root);
  const actions = createActions(view);

  view.sigma.on('clickNode', ({ node, event }) => {
    if (event.original.shiftKey) actions.choosePathEnd(node);
    else void actions.expand(node);
  });
  view.sigma.on('enterNode', () => (view.parts.canvas.style.cursor = 'pointer'));
  view.sigma.on('leaveNode', () => (view.parts.canvas.style.cursor = ''));
  actions.redraw();

  return {
    /** Opens a deep link's view. */
    async open(state: ViewState): Promise<void> {
      if (state.kind === 'focus') await actions.expand(state.id);
      else if (state.kind === 'path') await actions.findPath(state.from, state.to);
      else view.announce('Search for an entity to start, e.g. “Royaume-Uni” or “BlackRock”.');
    },
  };
}
