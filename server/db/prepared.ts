import type { Knex } from 'knex';
import type pg from 'pg';

/**
 * A named prepared statement on a connection of the process's pool, for the few hot queries
 * (the certificate login's ticket and session rows): Postgres parses and plans it once per
 * connection instead of once per call. `text` uses $1…$n. Outside a transaction only.
 */
export async function preparedQuery<R extends pg.QueryResultRow = pg.QueryResultRow>(knex: Knex, name: string, text: string, values: unknown[]): Promise<pg.QueryResult<R>> {
  const client = knex.client as { acquireConnection(): Promise<pg.ClientBase>; releaseConnection(c: pg.ClientBase): Promise<void> };
  const connection = await client.acquireConnection();
  try {
    return await connection.query<R>({ name, text, values });
  } finally {
    await client.releaseConnection(connection);
  }
}
