import { randomBytes } from 'node:crypto';

/** Short unique ids for segments; prefix says which track. */
export function newId(prefix: 'v' | 't' | 'a'): string {
  return `${prefix}_${randomBytes(5).toString('hex')}`;
}
