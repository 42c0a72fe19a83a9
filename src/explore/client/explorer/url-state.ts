/**
 * Deep links: `/explore?focus=<id>` opens an entity and its neighbourhood, `/explore?from=<id>&to=<id>`
 * a shortest path. The page writes the current view back with history.replaceState, so the address
 * bar can always be shared.
 */

export type ViewState =
  | { readonly kind: 'empty' }
  | { readonly kind: 'focus'; readonly id: string }
  | { readonly kind: 'path'; readonly from: string; readonly to: string };

/** Reads a view from a query string (`?focus=…`, `?from=…&to=…`); a path wins over a focus. */
export function parseViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const from = params.get('from')?.trim();
  const to = params.get('to')?.trim();
  if (from && to) return { kind: 'path', from, to };
  const focus = params.get('focus')?.trim();
  if (focus) return { kind: 'focus', id: focus };
  return { kind: 'empty' };
}

/** The query string of a view (`''` for the empty view). */
export function formatViewState(state: ViewState): string {
  switch (state.kind) {
    case 'focus':
      return `?${new URLSearchParams({ focus: state.id }).toString()}`;
    case 'path':
      return `?${new URLSearchParams({ from: state.from, to: state.to }).toString()}`;
    case 'empty':
      return '';
  }
}
