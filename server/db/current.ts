import type { Knex } from 'knex';

/**
 * The process's pool. `server/main.ts` (or a test) opens the database and installs it here;
 * the tenancy door and the platform repositories take it from here.
 */
let current: Knex | undefined;

export function installDatabase(knex: Knex): void {
  current = knex;
}

export function db(): Knex {
  if (!current) throw new Error('No database installed: call installDatabase() first');
  return current;
}
