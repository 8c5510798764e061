import { open, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileTypeFromFile } from 'file-type';
import { JoyError, phrasedError } from '../errors.js';
import { DEMUXER_OF_FORMAT, demuxerOfFile } from '../media/index.js';
import { type MessageKey, phrase } from '../messages/index.js';
import { fileLabel, formatMegabytes } from './file-label.js';
import { ACCEPTED_FORMATS, describeRefused, supportedFormat, type Words } from './formats.js';
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
const TEXT_KINDS: Record<string, { what: Words; hint?: MessageKey }> = {
  svg: { what: { en: 'an SVG drawing', zh: 'SVG 矢量图' }, hint: 'ingest.hint.savePng' },
  html: { what: { en: 'a web page (HTML)', zh: '网页（HTML）' }, hint: 'ingest.hint.savePagePhotos' },
  txt: { what: { en: 'a text file', zh: '文本文件' } },
  xml: { what: { en: 'an XML file', zh: 'XML 文件' } },
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
      throw phrasedError('invalid_input', phrase('ingest.folder', { file: label }), { file: label });
    return stats;
  } catch (error) {
    if (error instanceof JoyError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw phrasedError('not_found', phrase('ingest.notFound', { file: label }), {
        file: label,
        cause: error,
      });
    }
    if (code === 'EACCES' || code === 'EPERM') {
      throw phrasedError('invalid_input', phrase('ingest.notAllowed', { file: label }), {
        file: label,
        cause: error,
      });
    }
    throw phrasedError('internal', phrase('ingest.cannotOpen', { file: label }), {
      file: label,
      cause: error,
    });
  }
}

function refuse(label: string, what: Words | undefined, media: boolean, hint?: MessageKey): JoyError {
  const said =
    what === undefined
      ? phrase('ingest.unknown', { file: label, accepted: ACCEPTED_FORMATS })
      : phrase(media ? 'ingest.unreadFormat' : 'ingest.notMedia', {
          file: label,
          what,
          accepted: ACCEPTED_FORMATS,
        });
  return phrasedError('unsupported_type', said, {
    file: label,
    ...(hint ? { hint: phrase(hint) } : {}),
    details: what ? { detected: what.en } : undefined,
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
    throw phrasedError('empty_file', phrase('ingest.empty', { file: label }), {
      file: label,
      hint: phrase('ingest.empty.hint'),
    });
  }
  if (size > limits.maxFileBytes) {
    throw phrasedError(
      'file_too_large',
      phrase('ingest.fileTooLarge', {
        file: label,
        size: formatMegabytes(size),
        max: formatMegabytes(limits.maxFileBytes),
      }),
      {
        file: label,
        hint: phrase('ingest.fileTooLarge.hint'),
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
