import type { Knex } from 'knex';

/**
 * Identity, tenant side: the ayuntamiento's staff (roles, password + TOTP, certificate by
 * NIF), the citizens who registered an e-mail address for PIN access, their one-time codes,
 * and the access log (ENS op.acc.5: every person sees their previous access).
 */
export async function up(db: Knex.Transaction): Promise<void> {
  await db.schema.createTable('staff_accounts', (t) => {
    t.increments('id').primary();
    t.text('username').notNullable().unique({ indexName: 'staff_accounts_username_unique' });
    t.text('name').notNullable();
    t.text('nif').unique({ indexName: 'staff_accounts_nif_unique' });
    t.text('email');
    t.specificType('roles', 'text[]').notNullable();
    t.text('password_hash');
    t.text('totp_secret');
    t.bigInteger('totp_last_step');
    t.integer('failed_logins').notNullable().defaultTo(0);
    t.timestamp('locked_until', { useTz: true });
    t.boolean('active').notNullable().defaultTo(true);
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(db.raw('now()'));
  });
  await db.raw(`ALTER TABLE staff_accounts ADD CONSTRAINT staff_accounts_roles_check
    CHECK (roles <@ ARRAY['admin', 'registro', 'tramitador', 'publicador']::text[] AND cardinality(roles) > 0)`);

  await db.schema.createTable('citizen_accounts', (t) => {
    t.text('nif').primary();
    t.text('full_name').notNullable();
    t.text('email');
    t.timestamp('email_verified_at', { useTz: true });
    t.integer('pin_failures').notNullable().defaultTo(0);
    t.timestamp('pin_locked_until', { useTz: true });
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(db.raw('now()'));
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(db.raw('now()'));
  });

  await db.schema.createTable('pin_codes', (t) => {
    t.bigIncrements('id').primary();
    t.text('nif').notNullable().references('nif').inTable('citizen_accounts').onDelete('CASCADE');
    t.text('purpose').notNullable();
    t.text('email').notNullable();
    t.binary('code_hash').notNullable();
    t.integer('attempts').notNullable().defaultTo(0);
    t.timestamp('expires_at', { useTz: true }).notNullable();
    t.timestamp('used_at', { useTz: true });
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(db.raw('clock_timestamp()'));
  });
  await db.raw(`ALTER TABLE pin_codes ADD CONSTRAINT pin_codes_purpose_check CHECK (purpose IN ('login', 'verify-email'))`);
  await db.raw('CREATE INDEX pin_codes_nif_idx ON pin_codes (nif, created_at DESC)');

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
  await db.raw(`ALTER TABLE access_log ADD CONSTRAINT access_log_outcome_check CHECK (outcome IN ('success', 'failure'))`);
  await db.raw('CREATE INDEX access_log_subject_idx ON access_log (subject, at DESC)');
}
