import type { Knex } from 'knex';

/**
 * Identity, platform side: HTTP sessions (every site's, one table), the one-time tickets of
 * the certificate listener, the Diputación's admins, their access log, and login throttling
 * counters keyed by account or network address.
 */
export async function up(db: Knex.Transaction): Promise<void> {
  await db.schema.createTable('sessions', (t) => {
    t.text('sid').primary();
    t.jsonb('sess').notNullable();
    t.timestamp('expire', { useTz: true }).notNullable();
    // Who the session belongs to, to end every session of a person (logout everywhere, role change).
    t.text('site');
    t.text('subject');
  });
  await db.raw('CREATE INDEX sessions_expire_idx ON sessions (expire)');
  await db.raw('CREATE INDEX sessions_subject_idx ON sessions (site, subject) WHERE subject IS NOT NULL');

  await db.schema.createTable('login_tickets', (t) => {
    t.binary('ticket_hash').primary();
    t.text('hostname').notNullable();
    t.binary('state_hash').notNullable();
    t.jsonb('payload').notNullable();
    t.timestamp('expires_at', { useTz: true }).notNullable();
    t.timestamp('used_at', { useTz: true });
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(db.raw('clock_timestamp()'));
  });
  await db.raw('CREATE INDEX login_tickets_expires_idx ON login_tickets (expires_at)');

  await db.schema.createTable('platform_admins', (t) => {
    t.increments('id').primary();
    t.text('username').notNullable().unique({ indexName: 'platform_admins_username_unique' });
    t.text('name').notNullable();
    t.text('nif').unique({ indexName: 'platform_admins_nif_unique' });
    t.text('email');
    t.text('password_hash');
    t.text('totp_secret');
    t.bigInteger('totp_last_step');
    t.integer('failed_logins').notNullable().defaultTo(0);
    t.timestamp('locked_until', { useTz: true });
    t.boolean('active').notNullable().defaultTo(true);
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(db.raw('now()'));
  });

  await db.schema.createTable('access_log', (t) => {
    t.bigIncrements('id').primary();
    t.timestamp('at', { useTz: true }).notNullable().defaultTo(db.raw('clock_timestamp()'));
    t.text('subject').notNullable();
    t.text('method').notNullable();
    t.text('level');
    t.text('outcome').notNullable();
    t.text('reason');
    t.text('ip');
  });
  await db.raw('CREATE INDEX access_log_subject_idx ON access_log (subject, at DESC)');

  await db.schema.createTable('login_throttle', (t) => {
    t.text('key').primary();
    t.timestamp('window_start', { useTz: true }).notNullable();
    t.integer('hits').notNullable().defaultTo(0);
    t.timestamp('blocked_until', { useTz: true });
  });
}
