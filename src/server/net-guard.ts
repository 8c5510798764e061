import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';

/**
 * Which addresses a URL upload may reach: public unicast only. Everything else — loopback, private
 * (RFC 1918), CGNAT, link-local (cloud metadata at 169.254.169.254), unspecified, multicast,
 * broadcast, documentation and benchmark ranges, unique-local and link-local IPv6 — is refused.
 * IPv4 embedded in IPv6 (mapped `::ffff:a.b.c.d`, NAT64 `64:ff9b::/96`) is judged as the IPv4 it is.
 */
export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Resolves a host name to every address it has. Injectable so tests can make a name point anywhere. */
export type HostResolver = (hostname: string) => Promise<ResolvedAddress[]>;

export const systemResolver: HostResolver = async (hostname) => {
  const found = await lookup(hostname, { all: true, verbatim: true });
  return found.map((entry) => ({ address: entry.address, family: entry.family === 6 ? 6 : 4 }));
};

function parseIPv4(ip: string): number | undefined {
  const parts = ip.split('.');
  if (parts.length !== 4) return undefined;
  let value = 0;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part)) return undefined;
    const n = Number(part);
    if (n > 255) return undefined;
    value = value * 256 + n;
  }
  return value;
}

/** 128-bit value of an IPv6 address (with optional trailing dotted quad and zone id). */
export function parseIPv6(input: string): bigint | undefined {
  let ip = input.replace(/^\[|\]$/g, '');
  const zone = ip.indexOf('%');
  if (zone >= 0) ip = ip.slice(0, zone);
  const lastColon = ip.lastIndexOf(':');
  if (lastColon < 0) return undefined;
  const last = ip.slice(lastColon + 1);
  if (last.includes('.')) {
    const v4 = parseIPv4(last);
    if (v4 === undefined) return undefined;
    ip = `${ip.slice(0, lastColon + 1)}${Math.floor(v4 / 65536).toString(16)}:${(v4 % 65536).toString(16)}`;
  }
  const halves = ip.split('::');
  if (halves.length > 2) return undefined;
  const toGroups = (text: string) => (text === '' ? [] : text.split(':'));
  const head = toGroups(halves[0] ?? '');
  const rest = halves.length === 2 ? toGroups(halves[1] ?? '') : [];
  if ([...head, ...rest].some((group) => !/^[0-9a-fA-F]{1,4}$/.test(group))) return undefined;
  const count = head.length + rest.length;
  if (halves.length === 1 ? count !== 8 : count > 7) return undefined;
  const groups = [...head, ...Array<string>(8 - count).fill('0'), ...rest].map((group) =>
    BigInt(Number.parseInt(group, 16)),
  );
  return groups.reduce((acc, group) => (acc << 16n) | group, 0n);
}

const V4_BLOCKED: [string, number][] = [
  ['0.0.0.0', 8], // "this network", 0.0.0.0
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // CGNAT
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local, cloud metadata
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.88.99.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
];

const V4_RANGES = V4_BLOCKED.map(([base, bits]) => ({ base: parseIPv4(base)!, bits }));

function inV4(value: number, base: number, bits: number): boolean {
  const size = 2 ** (32 - bits);
  return Math.floor(value / size) === Math.floor(base / size);
}

function inV6(value: bigint, base: string, bits: number): boolean {
  const shift = BigInt(128 - bits);
  return value >> shift === parseIPv6(base)! >> shift;
}

export function isPublicIPv4(ip: string): boolean {
  const value = parseIPv4(ip);
  if (value === undefined) return false;
  return !V4_RANGES.some((range) => inV4(value, range.base, range.bits));
}

function v4FromBits(value: bigint): string {
  const n = Number(value & 0xffffffffn);
  return [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
}

export function isPublicIPv6(ip: string): boolean {
  const value = parseIPv6(ip);
  if (value === undefined) return false;
  if (inV6(value, '::ffff:0:0', 96) || inV6(value, '64:ff9b::', 96)) return isPublicIPv4(v4FromBits(value));
  if (!inV6(value, '2000::', 3)) return false; // only global unicast: excludes ::, ::1, fc00::/7, fe80::/10, ff00::/8, …
  const blocked: [string, number][] = [
    ['2001::', 23], // IETF protocol assignments, incl. Teredo 2001::/32
    ['2001:db8::', 32], // documentation
    ['2002::', 16], // 6to4 (embeds an IPv4 of any kind)
    ['3fff::', 20], // documentation
  ];
  return !blocked.some(([base, bits]) => inV6(value, base, bits));
}

/** True only for a public unicast address a URL upload may connect to. */
export function isPublicAddress(ip: string): boolean {
  const bare = ip.replace(/^\[|\]$/g, '');
  const version = isIP(bare.split('%')[0] ?? '');
  if (version === 4) return isPublicIPv4(bare);
  if (version === 6) return isPublicIPv6(bare);
  return false;
}
