import type { Caller } from '../../shared/contract/access';
import type { Channels } from '../../shared/contract/channels';
import type { OutputOf, ParsedInputOf } from '../../shared/contract/define';
import type { Core } from './core';

export interface CallContext {
  core: Core;
  caller: Caller;
}

export type Handler<C> = (input: ParsedInputOf<C>, ctx: CallContext) => OutputOf<C> | Promise<OutputOf<C>>;

/** The handler table must have exactly one handler per channel of the contract. */
export type HandlerTable = { [K in keyof Channels]: Handler<Channels[K]> };

/** A domain's slice of the table; the slices are merged in handlers.ts. */
export type HandlerGroup<K extends keyof Channels> = { [P in K]: Handler<Channels[P]> };
