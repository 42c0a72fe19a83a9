import type { DerivedValue } from '../../cypher/index.ts';
import { ENTITY_TYPES } from '../../domain/model.ts';

/**
 * How the schema's scalar fields map to what the graph stores, where the name alone does not say: the
 * stored properties a field is computed from (read with the node or edge; the field's resolver combines
 * them), the values the Cypher layer computes, and the fields that are neither (computed from the
 * record itself). Any other scalar field of an entity or an edge is the property of its name.
 */

/** Fields computed from the record alone: nothing to read for them. */
export const COMPUTED_LEAVES: ReadonlySet<string> = new Set(['cursor', 'direction', '__typename']);

/** `Type.field` → the stored properties its resolver reads. */
export const STORED_AS: Readonly<Record<string, readonly string[]>> = {
  'Figure.unit': ['unit', 'currency'],
  'Figure.currency': ['currency', 'unit'],
  'Figure.period': ['periodFrom', 'periodTo', 'periodYears'],
  'Figure.qualifier': ['qualifier', 'wording'],
  'Figure.baseAmount': ['baseAmount', 'amount'],
  'Figure.baseUnit': ['baseUnit', 'unit', 'currency'],
  'Investment.unit': ['unit', 'currency'],
  'Investment.period': ['periodText', 'period'],
};

/** `Type.field` → the value the Cypher layer computes for it. */
export const DERIVED_AS: Readonly<Record<string, DerivedValue>> = {
  ...Object.fromEntries(
    ENTITY_TYPES.map((type): [string, DerivedValue] => [`${type}.mergedIds`, 'mergedIds']),
  ),
  'Investment.joint': 'joint',
};

/** True when a field that is not a scalar (a `Period`) is read from the properties of its record. */
export function isReadFromProperties(type: string, field: string): boolean {
  return Object.hasOwn(STORED_AS, `${type}.${field}`);
}

/** The stored properties to read for the scalar field `field` of `type`. */
export function storedPropertiesOf(type: string, field: string): readonly string[] {
  if (COMPUTED_LEAVES.has(field)) return [];
  return STORED_AS[`${type}.${field}`] ?? [field];
}
