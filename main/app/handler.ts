import type { Caller } from '../../shared/contract/access';
import type { Channels } from '../../shared/contract/channels';
import type { OutputOf, ParsedInputOf, RaisesOf } from '../../shared/contract/define';
import type { StationEvent, StationEventType } from '../../shared/contract/events';
import type { Core } from './core';

export interface CallContext<R extends StationEventType = never> {
  core: Core;
  caller: Caller;
  /** Names the records a successful call changed; dispatch sends the event once the handler has returned. */
  raise: (event: Extract<StationEvent, { type: R }>) => void;
}

export type Handler<C> = (input: ParsedInputOf<C>, ctx: CallContext<RaisesOf<C>>) => OutputOf<C> | Promise<OutputOf<C>>;

/** The handler table must have exactly one handler per channel of the contract. */
export type HandlerTable = { [K in keyof Channels]: Handler<Channels[K]> };

/** A domain's slice of the table; the slices are merged in handlers.ts. */
export type HandlerGroup<K extends keyof Channels> = { [P in K]: Handler<Channels[P]> };
