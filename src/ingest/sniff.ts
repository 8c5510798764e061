import { open, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileTypeFromFile } from 'file-type';
import { JoyError } from '../errors.js';
import { DEMUXER_OF_FORMAT, demuxerOfFile } from '../media/index.js';
import { fileLabel, formatMegabytes } from './file-label.js';
import { ACCEPTED_FORMATS_SENTENCE, describeRefused, supportedFormat } from './formats.js';
import { resolveLimits } from './limits.js';
import { detectFromHead, heifFromBrands } from './magic.js';
import type { IngestLimits, SniffResult } from './types.js';

/** How many bytes our own checks look at. */
const HEAD_BYTES = 8192;

/** file-type's `ext` → Joy's canonical format, for everything Joy accepts. */
const FROM_FILE_TYPE: Record<string, string> = {
  jpg: 'jpeg',
  png: 'png',
  apng: 'png',
  webp: 'webp',
  avif: 'avif',
  gif: 'gif',
  heic: 'heif',
  mp4: 'mp4',
  m4v: 'mp4',
  '3gp': 'mp4',
  '3g2': 'mp4',
  mov: 'mov',
  webm: 'webm',
  mkv: 'mkv',
  avi: 'avi',
  mp3: 'mp3',
  wav: 'wav',
  m4a: 'm4a',
  m4b: 'm4a',
  aac: 'aac',
  ogg: 'ogg',
  oga: 'ogg',
  opus: 'ogg',
  spx: 'ogg',
};

/** Plain words for what our own checks may find that Joy refuses. */
const TEXT_KINDS: Record<string, { what: string; hint?: string }> = {
  svg: { what: 'an SVG drawing', hint: 'Save it as PNG and add that.' },
  html: { what: 'a web page (HTML)', hint: 'Save the photos from the page and add those.' },
  txt: { what: 'a text file' },
  xml: { what: 'an XML file' },
};

export interface SniffOptions {
  limits?: Partial<IngestLimits>;
}

async function readHead(path: string): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

async function statFile(path: string, label: string) {
  try {
    const stats = await stat(path);
    if (!stats.isFile())
      throw new JoyError('invalid_input', `${label} is a folder, not a file.`, { file: label });
    return stats;
  } catch (error) {
    if (error instanceof JoyError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new JoyError('not_found', `${label} could not be found.`, { file: label, cause: error });
    }
    if (code === 'EACCES' || code === 'EPERM') {
      throw new JoyError('invalid_input', `Joy is not allowed to read ${label}.`, {
        file: label,
        cause: error,
      });
    }
    throw new JoyError('internal', `Joy could not open ${label}.`, { file: label, cause: error });
  }
}

function refuse(label: string, what: string | undefined, media: boolean, hint?: string): JoyError {
  const message =
    what === undefined
      ? `${label} is not a photo, video or audio file that Joy recognises. ${ACCEPTED_FORMATS_SENTENCE}`
      : media
        ? `${label} is ${what}, a format Joy does not read. ${ACCEPTED_FORMATS_SENTENCE}`
        : `${label} is ${what}, not a photo, video or audio file. ${ACCEPTED_FORMATS_SENTENCE}`;
  return new JoyError('unsupported_type', message, {
    file: label,
    hint,
    details: what ? { detected: what } : undefined,
  });
}

/**
 * Decides what a file is from its content (never its name) and checks its size. The size is checked with
 * `stat` before a byte is read. Throws JoyError `not_found`, `empty_file`, `file_too_large` or
 * `unsupported_type`, each naming the file as the user knows it.
 */
export async function sniffFile(
  file: string,
  name?: string,
  options: SniffOptions = {},
): Promise<SniffResult> {
  const path = resolve(file);
  const label = fileLabel(path, name);
  const limits = resolveLimits(options.limits);
  const { size } = await statFile(path, label);
  if (size === 0) {
    throw new JoyError('empty_file', `${label} is empty (0 bytes).`, {
      file: label,
      hint: 'It may not have finished copying or uploading; add it again.',
    });
  }
  if (size > limits.maxFileBytes) {
    throw new JoyError(
      'file_too_large',
      `${label} is ${formatMegabytes(size)}; Joy accepts files up to ${formatMegabytes(limits.maxFileBytes)}.`,
      {
        file: label,
        hint: 'Compress or trim it, then add it again.',
        details: { sizeBytes: size, maxBytes: limits.maxFileBytes },
      },
    );
  }

  const head = await readHead(path);
  const media = await demuxerOfFile(path);
  const found = (format: string): SniffResult => {
    const supported = supportedFormat(format)!;
    const result: SniffResult = {
      path,
      name: label,
      kind: supported.kind,
      format,
      mime: supported.mime,
      sizeBytes: size,
    };
    if (supported.kind === 'image') return result;
    // The container verdict binds FFmpeg later; a file whose first bytes do not name that container
    // exactly (an HLS playlist wrapped in ID3, frame headers ahead of a manifest) is refused here.
    const demuxer = DEMUXER_OF_FORMAT[format];
    if (!demuxer || demuxer !== media) throw refuse(label, undefined, false);
    return { ...result, demuxer };
  };

  // HEIF/AVIF brands first: file-type mislabels AVIF files whose major brand is `mif1`.
  const heif = heifFromBrands(head);
  if (heif) return { ...found(heif.format), mime: heif.mime };

  const detected = await fileTypeFromFile(path).catch(() => undefined);
  if (detected && detected.ext !== 'xml') {
    const format = FROM_FILE_TYPE[detected.ext];
    if (format) return found(format);
    const refused = describeRefused(detected.ext, detected.mime);
    throw refuse(label, refused.what, refused.media, refused.hint);
  }

  // Nothing found, or XML (which file-type also says for SVG): our own checks decide.
  const own = detectFromHead(head);
  if (own && supportedFormat(own.format)) return found(own.format);
  const ownFormat = detected && own?.format !== 'svg' ? 'xml' : own?.format;
  const text = ownFormat ? TEXT_KINDS[ownFormat] : undefined;
  throw refuse(label, text?.what, ownFormat === 'svg', text?.hint);
}
