import { stationNow, addMinutes } from '../../../shared/domain/time';

/** Calls the station over HTTP as a script would: for arranging what a test is not about. */
export class StationApi {
  constructor(
    readonly url: string,
    public token: string | null = null,
  ) {}

  async call<T>(name: string, input: unknown): Promise<T> {
    const res = await fetch(new URL(`/api/rpc/${name}`, this.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.token ? { 'x-station-session': this.token } : {}) },
      body: JSON.stringify(input),
    });
    const body = (await res.json()) as { ok: boolean; value?: T; error?: unknown };
    if (!body.ok) throw new Error(`${name} failed: ${JSON.stringify(body.error)}`);
    return body.value as T;
  }

  /** First-run setup; keeps the admin's session token for later calls. */
  async setUp(stationName: string, adminPassword: string): Promise<string> {
    const v = await this.call<{ token: string }>('setup.init', { stationName, adminPassword, language: 'zh-CN' });
    this.token = v.token;
    const [station] = await this.call<{ id: string }[]>('station.list', {});
    return station!.id;
  }
}

/** GB 11643 check character, so fixtures carry valid resident ID numbers. */
export function withCheckDigit(first17: string): string {
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((s, d, i) => s + Number(d) * w[i]!, 0);
  return first17 + '10X98765432'[sum % 11];
}

export interface TestWorker {
  id: string;
  name: string;
  idNumber: string;
  badgeCode: string;
}

export async function createWorker(api: StationApi, stationId: string, name: string, n: number, extra: Record<string, unknown> = {}): Promise<TestWorker> {
  const idNumber = withCheckDigit(`4407031990${String(101 + (n % 800)).padStart(4, '0')}${String(100 + n).slice(-3)}`);
  const w = await api.call<{ id: string; name: string; badgeCode: string }>('workers.create', {
    stationId,
    fields: { name, idNumber, team: '钢筋班', ...extra },
  });
  return { id: w.id, name: w.name, idNumber, badgeCode: w.badgeCode };
}

/** A session that takes sign-ins now: it starts a few minutes from now on the station's wall clock. */
export async function createSessionNow(api: StationApi, stationId: string, title: string, extra: Record<string, unknown> = {}): Promise<string> {
  const start = addMinutes(stationNow(new Date()), 5);
  const [s] = await api.call<{ id: string }[]>('sessions.create', {
    stationId,
    fields: { title, category: 'safety', startsAt: start, endsAt: addMinutes(start, 90), ...extra },
  });
  return s!.id;
}
