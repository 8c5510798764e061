import { type JoyError, phrasedError } from '../errors.js';
import { phrase } from '../messages/index.js';
import { formatMegapixels } from './file-label.js';
import { describeFormat, supportedFormat, type Words } from './formats.js';

/** Words for a format in messages: "a JPG photo", or "a media file" when unknown. */
function formatWords(format: string): Words | ReturnType<typeof phrase> {
  const supported = supportedFormat(format);
  return supported ? describeFormat(supported) : phrase('ingest.mediaFile');
}

/** Megapixels in both languages: "96 megapixels", "96 百万像素". */
function megapixels(pixels: number): Words {
  const en = formatMegapixels(pixels);
  return { en, zh: en.replace(' megapixels', ' 百万像素') };
}

/** The file's content says it is a known format, but it cannot be read. */
export function corruptMedia(label: string, format: string, cause?: unknown): JoyError {
  // FFmpeg names its decoder with a memory address ("[mp3 @ 0x21b65dc0]"), which means nothing to a person.
  const reason =
    cause instanceof Error
      ? cause.message.split('\n')[0]!.replace(/\[([\w.-]+) @ 0x[0-9a-f]+\]\s*/gi, '$1: ')
      : undefined;
  return phrasedError('corrupt_media', phrase('ingest.corrupt', { file: label, what: formatWords(format) }), {
    file: label,
    hint: phrase('ingest.corrupt.hint'),
    details: reason ? { reason } : undefined,
    cause,
  });
}

/** More pixels than allowed, decided from the header before any pixel is decoded. */
export function imageTooLarge(label: string, width: number, height: number, maxPixels: number): JoyError {
  return phrasedError(
    'image_too_large',
    phrase('ingest.imageTooLarge', {
      file: label,
      width,
      height,
      pixels: megapixels(width * height),
      max: megapixels(maxPixels),
    }),
    {
      file: label,
      hint: phrase('ingest.imageTooLarge.hint'),
      details: { width, height, maxPixels },
    },
  );
}
