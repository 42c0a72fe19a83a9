/**
 * How each entity type looks: an Okabe–Ito colour (distinguishable with the common colour-vision
 * deficiencies) plus a shape, so colour is never the only cue: actors are plain discs, claims (events,
 * agreements, investments) squares, context (technologies, places, sources) discs with a dark ring.
 * The legend and the text view name the type as well.
 */

/** The sigma node programs the shapes map to (renderer.ts registers them). */
export type NodeShape = 'disc' | 'square' | 'ring';

export interface TypeStyle {
  readonly color: string;
  readonly shape: NodeShape;
  /** What the legend and the text view call the type. */
  readonly label: string;
}

/** The Okabe–Ito palette (Okabe & Ito 2008, "Color Universal Design"). */
export const OKABE_ITO = {
  black: '#000000',
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
} as const;

export const TYPE_STYLES: Readonly<Record<string, TypeStyle>> = {
  Country: { color: OKABE_ITO.blue, shape: 'disc', label: 'Country' },
  Person: { color: OKABE_ITO.orange, shape: 'disc', label: 'Person' },
  Organization: { color: OKABE_ITO.bluishGreen, shape: 'disc', label: 'Organisation' },
  Event: { color: OKABE_ITO.reddishPurple, shape: 'square', label: 'Event' },
  Agreement: { color: OKABE_ITO.vermillion, shape: 'square', label: 'Agreement' },
  Investment: { color: OKABE_ITO.black, shape: 'square', label: 'Investment' },
  Technology: { color: OKABE_ITO.skyBlue, shape: 'ring', label: 'Technology' },
  Place: { color: OKABE_ITO.yellow, shape: 'ring', label: 'Place' },
  Source: { color: '#999999', shape: 'ring', label: 'Source' },
};

/** The entity types in the order the legend and the type filter list them. */
export const ENTITY_TYPES = Object.keys(TYPE_STYLES);

/** The ring drawn around `ring` nodes: dark enough for yellow on white. */
export const RING_COLOR = '#333333';

/** The style of a type, with a neutral fallback for a type this page does not know yet. */
export function styleOf(type: string): TypeStyle {
  return TYPE_STYLES[type] ?? { color: '#777777', shape: 'ring', label: type };
}
