/**
 * Reads the description of an ICC colour profile ("Display P3", "Adobe RGB (1998)") from its `desc` tag,
 * in either the v2 textDescriptionType or the v4 multiLocalizedUnicodeType form.
 */

/** Compact profiles (e.g. libvips' built-ins) use short descriptions; say what they are. */
const WELL_KNOWN: Record<string, string> = {
  sP3C: 'Display P3',
  sRGB: 'sRGB',
  'sRGB built-in': 'sRGB',
};

function u32(icc: Uint8Array, at: number): number {
  return ((icc[at]! << 24) | (icc[at + 1]! << 16) | (icc[at + 2]! << 8) | icc[at + 3]!) >>> 0;
}

function tagText(icc: Uint8Array, offset: number, size: number): string | undefined {
  const end = Math.min(icc.length, offset + size);
  const type = String.fromCharCode(...icc.subarray(offset, offset + 4));
  if (type === 'desc' && offset + 12 <= end) {
    const length = u32(icc, offset + 8);
    const bytes = icc.subarray(offset + 12, Math.min(end, offset + 12 + length));
    return new TextDecoder('latin1').decode(bytes);
  }
  if (type === 'mluc' && offset + 28 <= end) {
    const records = u32(icc, offset + 8);
    const recordSize = u32(icc, offset + 12);
    if (records === 0) return undefined;
    // Prefer English; the first record otherwise.
    let pick = offset + 16;
    for (let i = 0; i < records; i++) {
      const at = offset + 16 + i * recordSize;
      if (at + 12 > end) break;
      if (icc[at] === 0x65 && icc[at + 1] === 0x6e) {
        pick = at;
        break;
      }
    }
    const length = u32(icc, pick + 4);
    const start = offset + u32(icc, pick + 8);
    const bytes = icc.subarray(start, Math.min(end, start + length));
    let text = '';
    for (let i = 0; i + 1 < bytes.length; i += 2)
      text += String.fromCharCode((bytes[i]! << 8) | bytes[i + 1]!);
    return text;
  }
  return undefined;
}

/** The profile's description, or undefined when the data is not an ICC profile or has none. */
export function iccDescription(icc: Uint8Array | undefined): string | undefined {
  if (!icc || icc.length < 132) return undefined;
  if (String.fromCharCode(...icc.subarray(36, 40)) !== 'acsp') return undefined;
  const count = u32(icc, 128);
  for (let i = 0; i < count && 132 + i * 12 + 12 <= icc.length; i++) {
    const at = 132 + i * 12;
    if (String.fromCharCode(...icc.subarray(at, at + 4)) !== 'desc') continue;
    const text = tagText(icc, u32(icc, at + 4), u32(icc, at + 8))
      ?.replace(/\0+$/, '')
      .trim();
    if (!text) return undefined;
    return WELL_KNOWN[text] ?? text;
  }
  return undefined;
}

/** True when the description names an sRGB profile, which needs no conversion. */
export function isSrgbDescription(description: string | undefined): boolean {
  return description !== undefined && /\bsRGB\b/i.test(description);
}
