/** A value stored as JSON in the audit log's before/after columns. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** Who made a change: a signed-in account, a paired kiosk device, or the station itself (start-up, schedule). */
export interface AuditActor {
  kind: 'account' | 'device' | 'system';
  id: string | null;
  /** The account's user name or the device's name; null for the system or a record since removed. */
  name: string | null;
  /** Accounts only: the name people know them by. */
  displayName: string | null;
}

/** One row of the append-only audit log, as an admin reads it. Snapshots were masked when written. */
export interface AuditRow {
  id: string;
  at: string;
  stationId: string | null;
  who: AuditActor;
  via: string;
  action: string;
  entity: string;
  entityId: string | null;
  before: JsonValue;
  after: JsonValue;
}

/** What the audit log's filters can offer: the values that occur, and everyone who may appear. */
export interface AuditFacets {
  entities: string[];
  actions: string[];
  actors: AuditActor[];
}
