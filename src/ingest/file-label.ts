import { basename } from 'node:path';

/** The name used in messages: the one the user gave, else the file's base name. */
export function fileLabel(path: string, name?: string): string {
  const given = name?.trim();
  return given ? given : basename(path);
}

/** Bytes as megabytes (MiB) for people, rounded up so a file over a limit never reads as equal: "350.2 MB". */
export function formatMegabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${Number.isInteger(mb) ? mb : Math.ceil(mb * 10) / 10} MB`;
}

/** Pixels as megapixels for people: "2500 megapixels", "96 megapixels", "0.3 megapixels". */
export function formatMegapixels(pixels: number): string {
  const mp = pixels / 1_000_000;
  const rounded = mp >= 10 ? Math.round(mp) : Math.round(mp * 10) / 10;
  return `${rounded} megapixels`;
}

/** A duration for people: "2 h 5 min", "12 min 30 s", "45 s", "0.5 s". */
export function formatDuration(ms: number): string {
  if (ms < 9_950) return `${Math.round(ms / 100) / 10} s`;
  const totalSeconds = Math.round(ms / 1000);
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  if (hours > 0) return minutes > 0 ? `${hours} h ${minutes} min` : `${hours} h`;
  if (minutes > 0) return seconds > 0 ? `${minutes} min ${seconds} s` : `${minutes} min`;
  return `${seconds} s`;
}
