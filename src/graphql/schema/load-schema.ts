import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../config.ts';

/** The SDL contract at the project root. */
export const SCHEMA_PATH = path.join(PROJECT_ROOT, 'schema.graphql');

export function readTypeDefs(): string {
  return readFileSync(SCHEMA_PATH, 'utf8');
}
