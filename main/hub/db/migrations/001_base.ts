import type { HubMigration } from '../migration';

/**
 * The hub's own tables. Stations' records are held as they were sent (`hub_rows`, one row per station
 * record, its columns as jsonb): the hub never edits them, a newer revision replaces an older one, and a
 * station table that joins the sync needs no hub migration. The table is partitioned by the station
 * table it mirrors, so attendance (most of the rows) has its own indexes and can be split further.
 */
export const h001: HubMigration = {
  version: 1,
  name: 'base',
  async up(c) {
    await c.query(`
      CREATE TABLE hub_settings (key text PRIMARY KEY, value text NOT NULL);

      CREATE TABLE hub_accounts (
        id            text PRIMARY KEY,
        username      text NOT NULL UNIQUE CHECK (length(username) BETWEEN 1 AND 50),
        role          text NOT NULL CHECK (role IN ('admin', 'viewer')),
        password_hash text NOT NULL,
        created_at    timestamptz NOT NULL DEFAULT now(),
        disabled_at   timestamptz
      );
      -- A viewer sees these stations only (a company its projects, a district its builders).
      CREATE TABLE hub_account_scope (
        account_id  text NOT NULL REFERENCES hub_accounts(id) ON DELETE CASCADE,
        station_id  text NOT NULL,
        PRIMARY KEY (account_id, station_id)
      );
      CREATE TABLE hub_auth_sessions (
        token_hash  text PRIMARY KEY,
        account_id  text NOT NULL REFERENCES hub_accounts(id) ON DELETE CASCADE,
        expires_at  timestamptz NOT NULL
      );

      CREATE TABLE hub_enrolment_codes (
        code_hash   text PRIMARY KEY,
        label       text NOT NULL DEFAULT '',
        created_by  text NOT NULL,
        created_at  timestamptz NOT NULL DEFAULT now(),
        expires_at  timestamptz NOT NULL,
        used_at     timestamptz,
        node_id     text
      );

      -- An enrolled station PC (its database): the station's key, and how far the hub holds its data.
      CREATE TABLE hub_nodes (
        id                 text PRIMARY KEY,
        name               text NOT NULL,
        public_key         text NOT NULL UNIQUE,
        enrolled_at        timestamptz NOT NULL DEFAULT now(),
        retired_at         timestamptz,
        rev_hwm            bigint NOT NULL DEFAULT 0,
        event_hwm          bigint NOT NULL DEFAULT 0,
        chain_tip          text NOT NULL DEFAULT '${'0'.repeat(64)}',
        chain_verified_at  text,
        station_clock      bigint NOT NULL DEFAULT 0,
        last_sync_at       timestamptz,
        last_sync_via      text,
        share_ids          boolean NOT NULL DEFAULT false
      );
      -- Which enrolment speaks for a station: one hub per station, one enrolment per station at the hub.
      CREATE TABLE hub_station_owner (
        station_id  text PRIMARY KEY,
        node_id     text NOT NULL REFERENCES hub_nodes(id)
      );
      CREATE TABLE hub_batches (
        digest      text PRIMARY KEY,
        node_id     text NOT NULL REFERENCES hub_nodes(id),
        from_rev    bigint NOT NULL,
        to_rev      bigint NOT NULL,
        from_event  bigint NOT NULL,
        to_event    bigint NOT NULL,
        rows        integer NOT NULL,
        events      integer NOT NULL,
        via         text NOT NULL CHECK (via IN ('push', 'bundle')),
        applied_at  timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX hub_batches_node ON hub_batches(node_id, to_rev);

      CREATE TABLE hub_rows (
        tbl         text NOT NULL,
        id          text NOT NULL,
        node_id     text NOT NULL,
        station_id  text NOT NULL,
        rev         bigint NOT NULL,
        deleted     boolean NOT NULL DEFAULT false,
        data        jsonb,
        PRIMARY KEY (tbl, id)
      ) PARTITION BY LIST (tbl);
      CREATE TABLE hub_rows_attendance PARTITION OF hub_rows FOR VALUES IN ('attendance');
      CREATE TABLE hub_rows_workers PARTITION OF hub_rows FOR VALUES IN ('workers');
      CREATE TABLE hub_rows_sessions PARTITION OF hub_rows FOR VALUES IN ('training_sessions');
      CREATE TABLE hub_rows_other PARTITION OF hub_rows DEFAULT;
      CREATE INDEX hub_rows_station ON hub_rows(station_id, tbl);
      CREATE INDEX hub_rows_attendance_session ON hub_rows_attendance ((data->>'session_id')) WHERE NOT deleted;
      CREATE INDEX hub_rows_sessions_start ON hub_rows_sessions (station_id, (data->>'starts_at')) WHERE NOT deleted;
      CREATE INDEX hub_rows_workers_person ON hub_rows_workers ((data->>'person_key')) WHERE NOT deleted;

      -- The attendance hash chain as each station PC wrote it, checked link by link as it arrives.
      CREATE TABLE hub_events (
        node_id     text NOT NULL REFERENCES hub_nodes(id),
        seq         bigint NOT NULL,
        id          text NOT NULL,
        station_id  text NOT NULL,
        session_id  text NOT NULL,
        at          text NOT NULL,
        prev_hash   text NOT NULL,
        hash        text NOT NULL,
        data        jsonb NOT NULL,
        PRIMARY KEY (node_id, seq)
      );

      -- One person across stations: a keyed hash of the ID number; the number itself only when a
      -- station's admin chose to send it, encrypted with the hub's key.
      CREATE TABLE hub_people (
        person_key     text PRIMARY KEY,
        id_number_enc  text,
        first_seen_at  timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE hub_audit (
        id       bigserial PRIMARY KEY,
        at       timestamptz NOT NULL DEFAULT now(),
        actor    text NOT NULL,
        action   text NOT NULL,
        node_id  text,
        detail   jsonb NOT NULL DEFAULT '{}'
      );
    `);
  },
};
