import type { DecodeCache } from './decode-cache.js';
import { resolveLimits } from './limits.js';
import { probeAudioVideo } from './probe-av.js';
import { probeImage } from './probe-image.js';
import { sniffFile } from './sniff.js';
import type { IngestLimits, MediaInfo } from './types.js';

export interface ProbeOptions {
  /** The name the user knows the file by (default: its base name). */
  name?: string;
  limits?: Partial<IngestLimits>;
  /**
   * Also decode photos once at a tiny size, so damaged or truncated files are refused now instead of at
   * render time. Costs a streaming decode per photo (tens of ms for a phone photo). Default false.
   */
  verify?: boolean;
  /** Photos verified before (the same file on disk) are not decoded again. */
  decodeCache?: DecodeCache | undefined;
}

/**
 * Everything Joy needs to know about one file, decided by its content: kind, format, upright dimensions,
 * orientation, colour profile and capture time for photos; duration, dimensions and sound for clips.
 * Throws JoyError (`not_found`, `empty_file`, `file_too_large`, `unsupported_type`, `image_too_large`,
 * `corrupt_media`) with a sentence naming the file.
 */
export async function probeMedia(path: string, options: ProbeOptions = {}): Promise<MediaInfo> {
  const limits = resolveLimits(options.limits);
  const sniffed = await sniffFile(path, options.name, { limits });
  return sniffed.kind === 'image'
    ? probeImage(sniffed, limits, options.verify ?? false, options.decodeCache)
    : probeAudioVideo(sniffed, limits);
}
