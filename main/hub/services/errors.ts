import { AppError, type ErrorCode } from '../../../shared/contract/result';

/** Why the hub refused a batch or a request: a code the station's screen and the tests can rely on. */
export type HubReason =
  | 'not_a_batch'
  | 'unknown_station'
  | 'retired'
  | 'bad_signature'
  | 'gap'
  | 'chain_broken'
  | 'station_rewound'
  | 'foreign_record'
  | 'already_enrolled'
  | 'bad_code'
  | 'out_of_scope';

export class HubError extends AppError {
  constructor(code: ErrorCode, readonly reason: HubReason, message: string, details: Record<string, unknown> = {}) {
    super(code, message, { reason, ...details });
  }
}
