import { JoyError } from '../errors.js';
import { formatMegapixels } from './file-label.js';
import { describeFormat, supportedFormat } from './formats.js';

/** Words for a format in messages: "a JPG photo", or "a file" when unknown. */
function formatWords(format: string): string {
  const supported = supportedFormat(format);
  return supported ? describeFormat(supported) : 'a media file';
}

/** The file's content says it is a known format, but it cannot be read. */
export function corruptMedia(label: string, format: string, cause?: unknown): JoyError {
  const reason = cause instanceof Error ? cause.message.split('\n')[0] : undefined;
  return new JoyError(
    'corrupt_media',
    `${label} looks like ${formatWords(format)} but is damaged or incomplete, so Joy cannot read it.`,
    {
      file: label,
      hint: 'Open it on your device and save or export it again, or add the original file.',
      details: reason ? { reason } : undefined,
      cause,
    },
  );
}

/** More pixels than allowed, decided from the header before any pixel is decoded. */
export function imageTooLarge(label: string, width: number, height: number, maxPixels: number): JoyError {
  return new JoyError(
    'image_too_large',
    `${label} is ${width}×${height} pixels (${formatMegapixels(width * height)}); Joy accepts photos up to ${formatMegapixels(maxPixels)}.`,
    {
      file: label,
      hint: 'Resize it to a smaller size and add it again.',
      details: { width, height, maxPixels },
    },
  );
}
