import exifr from 'exifr';

/** "2023:07:14 10:20:30" (+ optional "+02:00") → "2023-07-14T10:20:30+02:00"; undefined when malformed. */
export function exifDateToIso(value: unknown, offset?: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^(\d{4}):(\d{2}):(\d{2})[ T](\d{2}):(\d{2}):(\d{2})/.exec(value.trim());
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second] = match;
  if (year === '0000' || month === '00' || day === '00') return undefined;
  const zone = typeof offset === 'string' && /^[+-]\d{2}:\d{2}$/.test(offset.trim()) ? offset.trim() : '';
  return `${year}-${month}-${day}T${hour}:${minute}:${second}${zone}`;
}

/**
 * When the photo was taken, from the EXIF block sharp hands back (`metadata().exif`, which starts with
 * "Exif\0\0" followed by a TIFF structure). The result is an ISO date-time; it carries an offset only
 * when the camera recorded one (EXIF times are otherwise local to where the photo was taken).
 */
export async function takenAtFromExif(exif: Uint8Array | undefined): Promise<string | undefined> {
  if (!exif || exif.length < 8) return undefined;
  const prefixed = exif[0] === 0x45 && exif[1] === 0x78 && exif[2] === 0x69 && exif[3] === 0x66;
  const tiff = Buffer.from(exif.buffer, exif.byteOffset, exif.byteLength).subarray(prefixed ? 6 : 0);
  try {
    const tags = (await exifr.parse(tiff, {
      pick: ['DateTimeOriginal', 'OffsetTimeOriginal', 'CreateDate', 'OffsetTimeDigitized'],
      reviveValues: false,
    })) as Record<string, unknown> | undefined;
    if (!tags) return undefined;
    return (
      exifDateToIso(tags.DateTimeOriginal, tags.OffsetTimeOriginal) ??
      exifDateToIso(tags.CreateDate, tags.OffsetTimeDigitized)
    );
  } catch {
    return undefined; // A broken EXIF block never stops a photo from being used.
  }
}
