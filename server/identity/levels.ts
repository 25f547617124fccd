import type { SessionLevel } from './types.ts';

/** Levels of assurance in increasing order (bajo < sustancial < alto). */
export const LEVELS: readonly SessionLevel[] = ['bajo', 'sustancial', 'alto'];

export function meetsLevel(actual: SessionLevel, min: SessionLevel): boolean {
  return LEVELS.indexOf(actual) >= LEVELS.indexOf(min);
}
