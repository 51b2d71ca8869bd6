import { networkInterfaces, type NetworkInterfaceInfo } from 'node:os';
import type { LanAddress } from '../../shared/contract/attendance-types';

const PRIVATE = [/^10\./, /^192\.168\./, /^172\.(1[6-9]|2\d|3[01])\./];

/**
 * The PC's IPv4 addresses a tablet on the site LAN could use: not loopback, not link-local (169.254.x.x
 * means no DHCP server answered, and no tablet can reach it). Private (site LAN) ranges come first.
 */
export function lanAddresses(interfaces: NodeJS.Dict<NetworkInterfaceInfo[]> = networkInterfaces()): LanAddress[] {
  const found: LanAddress[] = [];
  for (const [interfaceName, infos] of Object.entries(interfaces)) {
    for (const info of infos ?? []) {
      if (info.family !== 'IPv4' || info.internal || info.address.startsWith('169.254.')) continue;
      if (!found.some((f) => f.address === info.address)) found.push({ address: info.address, interfaceName });
    }
  }
  const rank = (a: LanAddress) => (PRIVATE.some((re) => re.test(a.address)) ? 0 : 1);
  return found.sort((a, b) => rank(a) - rank(b));
}

export interface Listening {
  /** The address the host is bound to (0.0.0.0 and :: mean every interface). */
  address: string;
  port: number;
}

const isLoopback = (address: string) => address.startsWith('127.') || address === '::1' || address === 'localhost';

/**
 * The LAN / browser hosts listening over this core, as each reports itself when it starts and stops: the
 * core has no other way to know which port tablets should use.
 */
export class HostListeners {
  private open = new Set<Listening>();

  add(listening: Listening): () => void {
    const entry = { ...listening };
    this.open.add(entry);
    return () => this.open.delete(entry);
  }

  /** The port for tablets: a host reachable from the LAN if there is one, else a loopback one (unreachable). */
  forTablets(): { port: number | null; onLan: boolean } {
    const all = [...this.open];
    const lan = all.find((l) => !isLoopback(l.address));
    if (lan) return { port: lan.port, onLan: true };
    return { port: all[0]?.port ?? null, onLan: false };
  }
}

/** What the pairing screen needs to point a tablet at this PC. */
export interface NetworkPresence {
  listeners: HostListeners;
  addresses: () => LanAddress[];
}

export function networkPresence(): NetworkPresence {
  return { listeners: new HostListeners(), addresses: () => lanAddresses() };
}
