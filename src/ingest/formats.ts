import type { MediaKind } from './types.js';

/** A format Joy accepts: its kind, canonical name (MediaInfo.format), MIME type and the label people know. */
export interface SupportedFormat {
  kind: MediaKind;
  format: string;
  mime: string;
  label: string;
}

function entry(kind: MediaKind, format: string, mime: string, label: string): SupportedFormat {
  return { kind, format, mime, label };
}

export const SUPPORTED_FORMATS: readonly SupportedFormat[] = [
  entry('image', 'jpeg', 'image/jpeg', 'JPG'),
  entry('image', 'png', 'image/png', 'PNG'),
  entry('image', 'webp', 'image/webp', 'WEBP'),
  entry('image', 'avif', 'image/avif', 'AVIF'),
  entry('image', 'gif', 'image/gif', 'GIF'),
  entry('image', 'heif', 'image/heic', 'HEIC'),
  entry('video', 'mp4', 'video/mp4', 'MP4'),
  entry('video', 'mov', 'video/quicktime', 'MOV'),
  entry('video', 'webm', 'video/webm', 'WEBM'),
  entry('video', 'mkv', 'video/x-matroska', 'MKV'),
  entry('video', 'avi', 'video/x-msvideo', 'AVI'),
  entry('audio', 'mp3', 'audio/mpeg', 'MP3'),
  entry('audio', 'wav', 'audio/wav', 'WAV'),
  entry('audio', 'm4a', 'audio/mp4', 'M4A'),
  entry('audio', 'aac', 'audio/aac', 'AAC'),
  entry('audio', 'ogg', 'audio/ogg', 'OGG'),
];

export function supportedFormat(format: string): SupportedFormat | undefined {
  return SUPPORTED_FORMATS.find((candidate) => candidate.format === format);
}

function labels(kind: MediaKind): string {
  return SUPPORTED_FORMATS.filter((f) => f.kind === kind)
    .map((f) => f.label)
    .join(', ');
}

/** One sentence listing everything Joy accepts. */
export const ACCEPTED_FORMATS_SENTENCE = `Joy accepts photos (${labels('image')}), videos (${labels('video')}) and audio (${labels('audio')}).`;

/** How a person would name a format, e.g. "a JPEG photo", "an MP4 video". */
export function describeFormat(format: SupportedFormat): string {
  const noun = format.kind === 'image' ? 'photo' : format.kind === 'video' ? 'video' : 'audio file';
  return `${/^[AEFILMNORSX]/.test(format.label) ? 'an' : 'a'} ${format.label} ${noun}`;
}

/**
 * Plain words for formats Joy refuses, keyed by file-type's `ext`. `media` marks photo, video and audio
 * formats (refused because Joy does not read them yet) as opposed to documents and archives.
 */
const REFUSED: Record<string, { what: string; media?: boolean; hint?: string }> = {
  pdf: { what: 'a PDF document', hint: 'Export the pages you want as JPG or PNG images and add those.' },
  ai: { what: 'an Adobe Illustrator document', hint: 'Export it as a JPG or PNG image and add that.' },
  zip: { what: 'a ZIP archive', hint: 'Unzip it and add the photos and videos inside.' },
  rar: { what: 'a RAR archive', hint: 'Extract it and add the photos and videos inside.' },
  '7z': { what: 'a 7-Zip archive', hint: 'Extract it and add the photos and videos inside.' },
  tar: { what: 'a TAR archive', hint: 'Extract it and add the photos and videos inside.' },
  gz: { what: 'a gzip-compressed file', hint: 'Extract it and add the photos and videos inside.' },
  bz2: { what: 'a bzip2-compressed file' },
  xz: { what: 'an XZ-compressed file' },
  docx: { what: 'a Word document' },
  doc: { what: 'a Word document' },
  xlsx: { what: 'an Excel spreadsheet' },
  xls: { what: 'an Excel spreadsheet' },
  pptx: { what: 'a PowerPoint presentation' },
  ppt: { what: 'a PowerPoint presentation' },
  odt: { what: 'an OpenDocument text' },
  epub: { what: 'an e-book (EPUB)' },
  exe: { what: 'a Windows program' },
  elf: { what: 'a Linux program' },
  macho: { what: 'a macOS program' },
  sqlite: { what: 'a database file' },
  ttf: { what: 'a font' },
  otf: { what: 'a font' },
  woff: { what: 'a web font' },
  woff2: { what: 'a web font' },
  psd: { what: 'a Photoshop document', media: true, hint: 'Export it as a JPG or PNG image and add that.' },
  tif: { what: 'a TIFF image', media: true, hint: 'Save it as JPG or PNG and add that.' },
  bmp: { what: 'a BMP image', media: true, hint: 'Save it as JPG or PNG and add that.' },
  ico: { what: 'an icon file', media: true },
  jxl: { what: 'a JPEG XL image', media: true, hint: 'Save it as JPG or PNG and add that.' },
  jp2: { what: 'a JPEG 2000 image', media: true, hint: 'Save it as JPG or PNG and add that.' },
  cr2: { what: 'a Canon RAW photo', media: true, hint: 'Export it from your photo app as JPG and add that.' },
  cr3: { what: 'a Canon RAW photo', media: true, hint: 'Export it from your photo app as JPG and add that.' },
  nef: { what: 'a Nikon RAW photo', media: true, hint: 'Export it from your photo app as JPG and add that.' },
  arw: { what: 'a Sony RAW photo', media: true, hint: 'Export it from your photo app as JPG and add that.' },
  dng: { what: 'a RAW photo (DNG)', media: true, hint: 'Export it from your photo app as JPG and add that.' },
  orf: {
    what: 'an Olympus RAW photo',
    media: true,
    hint: 'Export it from your photo app as JPG and add that.',
  },
  rw2: {
    what: 'a Panasonic RAW photo',
    media: true,
    hint: 'Export it from your photo app as JPG and add that.',
  },
  raf: {
    what: 'a Fujifilm RAW photo',
    media: true,
    hint: 'Export it from your photo app as JPG and add that.',
  },
  flv: { what: 'a Flash video', media: true, hint: 'Convert it to MP4 and add that.' },
  wmv: { what: 'a Windows Media video', media: true, hint: 'Convert it to MP4 and add that.' },
  asf: { what: 'a Windows Media file', media: true, hint: 'Convert it to MP4 and add that.' },
  mpg: { what: 'an MPEG-1/2 video', media: true, hint: 'Convert it to MP4 and add that.' },
  mts: { what: 'an AVCHD (MTS) video', media: true, hint: 'Convert it to MP4 and add that.' },
  ogv: { what: 'an Ogg video', media: true, hint: 'Convert it to MP4 and add that.' },
  flac: { what: 'a FLAC audio file', media: true, hint: 'Convert it to MP3 or M4A and add that.' },
  aif: { what: 'an AIFF audio file', media: true, hint: 'Convert it to WAV or MP3 and add that.' },
  wma: { what: 'a Windows Media audio file', media: true, hint: 'Convert it to MP3 or M4A and add that.' },
  mid: { what: 'a MIDI file', media: true, hint: 'Record it as MP3 or WAV and add that.' },
  amr: { what: 'an AMR voice recording', media: true, hint: 'Convert it to MP3 or M4A and add that.' },
};

export interface RefusedDescription {
  /** e.g. "a PDF document" */
  what: string;
  /** True for photo, video and audio formats Joy does not read. */
  media: boolean;
  hint?: string;
}

/** Plain words for a detected but refused format, from file-type's `ext` and `mime`. */
export function describeRefused(ext: string, mime: string): RefusedDescription {
  const known = REFUSED[ext];
  if (known) return { what: known.what, media: known.media ?? false, hint: known.hint };
  const upper = ext.toUpperCase();
  const article = /^[AEFILMNORSX]/.test(upper) ? 'an' : 'a';
  if (mime.startsWith('image/')) return { what: `${article} ${upper} image`, media: true };
  if (mime.startsWith('video/')) return { what: `${article} ${upper} video`, media: true };
  if (mime.startsWith('audio/')) return { what: `${article} ${upper} audio file`, media: true };
  return { what: `${article} ${upper} file`, media: false };
}
