import type { z } from 'zod';
import type { Access } from './access';
import type { StationEventType } from './events';

/**
 * One channel of the contract: its input schema, its access level and (as a phantom type) its output.
 * The handler table in main/ and the renderer's client are both typed from these definitions.
 */
export interface ChannelDef<I extends z.ZodType, O, R extends StationEventType = StationEventType> {
  access: Access;
  input: I;
  /** Phantom: never read at run time, carries the output type. */
  readonly output?: O;
  /** Calls that change records: they wait for the start-up check before they run. */
  mutates?: boolean;
  /**
   * The live updates a successful call raises (its handler names the records through `raise`); who may
   * hear each is EVENT_AUDIENCE's answer, the same in every host. An event not listed here cannot be raised.
   */
  raises?: readonly R[];
  /** Largest request body the HTTP host reads for this channel (default HTTP.maxBodyBytes). */
  maxBodyBytes?: number;
  /**
   * The channel takes a file streamed beforehand to HTTP.uploadPrefix + its name (written to disk as it
   * arrives, never held in memory), named in its input by the `upload` id the host answered.
   */
  upload?: { maxBytes: number };
}

export function channel<O>() {
  return <I extends z.ZodType, R extends StationEventType = never>(def: {
    access: Access;
    input: I;
    mutates?: boolean;
    raises?: readonly R[];
    maxBodyBytes?: number;
    upload?: { maxBytes: number };
  }): ChannelDef<I, O, R> => def;
}

/** The events a channel may raise (never for one that raises none). */
export type RaisesOf<C> = C extends { raises?: readonly (infer R extends StationEventType)[] } ? R : never;

// eslint-style helper types derived from a channel table
export type AnyChannels = Record<string, ChannelDef<z.ZodType, unknown>>;
export type InputOf<C> = C extends ChannelDef<infer I, unknown> ? z.input<I> : never;
export type ParsedInputOf<C> = C extends ChannelDef<infer I, unknown> ? z.output<I> : never;
export type OutputOf<C> = C extends ChannelDef<z.ZodType, infer O> ? O : never;
