import { type MessageKey, type Phrase, phrase, sayPhrase } from '../messages/index.js';
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

/** One sentence listing everything Joy accepts, as a phrase. */
export const ACCEPTED_FORMATS: Phrase = phrase('ingest.accepted', {
  images: labels('image'),
  videos: labels('video'),
  audio: labels('audio'),
});

/** The same sentence in English. */
export const ACCEPTED_FORMATS_SENTENCE = sayPhrase('en', ACCEPTED_FORMATS);

/** A name said in both languages. */
export interface Words {
  en: string;
  zh: string;
}

const NOUNS: Record<MediaKind, Words> = {
  image: { en: 'photo', zh: '照片' },
  video: { en: 'video', zh: '视频' },
  audio: { en: 'audio file', zh: '音频文件' },
};

/** How a person would name a format, e.g. "a JPEG photo", "an MP4 video" (`JPG 照片` in Chinese). */
export function describeFormat(format: SupportedFormat): Words {
  const noun = NOUNS[format.kind];
  return {
    en: `${/^[AEFILMNORSX]/.test(format.label) ? 'an' : 'a'} ${format.label} ${noun.en}`,
    zh: `${format.label} ${noun.zh}`,
  };
}

/**
 * Plain words for formats Joy refuses, keyed by file-type's `ext`. `media` marks photo, video and audio
 * formats (refused because Joy does not read them yet) as opposed to documents and archives.
 */
const REFUSED: Record<string, { what: Words; media?: boolean; hint?: MessageKey }> = {
  pdf: { what: { en: 'a PDF document', zh: 'PDF 文档' }, hint: 'ingest.hint.exportPages' },
  ai: {
    what: { en: 'an Adobe Illustrator document', zh: 'Adobe Illustrator 文档' },
    hint: 'ingest.hint.exportImage',
  },
  zip: { what: { en: 'a ZIP archive', zh: 'ZIP 压缩包' }, hint: 'ingest.hint.unzip' },
  rar: { what: { en: 'a RAR archive', zh: 'RAR 压缩包' }, hint: 'ingest.hint.extract' },
  '7z': { what: { en: 'a 7-Zip archive', zh: '7-Zip 压缩包' }, hint: 'ingest.hint.extract' },
  tar: { what: { en: 'a TAR archive', zh: 'TAR 归档' }, hint: 'ingest.hint.extract' },
  gz: { what: { en: 'a gzip-compressed file', zh: 'gzip 压缩文件' }, hint: 'ingest.hint.extract' },
  bz2: { what: { en: 'a bzip2-compressed file', zh: 'bzip2 压缩文件' } },
  xz: { what: { en: 'an XZ-compressed file', zh: 'XZ 压缩文件' } },
  docx: { what: { en: 'a Word document', zh: 'Word 文档' } },
  doc: { what: { en: 'a Word document', zh: 'Word 文档' } },
  xlsx: { what: { en: 'an Excel spreadsheet', zh: 'Excel 表格' } },
  xls: { what: { en: 'an Excel spreadsheet', zh: 'Excel 表格' } },
  pptx: { what: { en: 'a PowerPoint presentation', zh: 'PowerPoint 演示文稿' } },
  ppt: { what: { en: 'a PowerPoint presentation', zh: 'PowerPoint 演示文稿' } },
  odt: { what: { en: 'an OpenDocument text', zh: 'OpenDocument 文本' } },
  epub: { what: { en: 'an e-book (EPUB)', zh: '电子书（EPUB）' } },
  exe: { what: { en: 'a Windows program', zh: 'Windows 程序' } },
  elf: { what: { en: 'a Linux program', zh: 'Linux 程序' } },
  macho: { what: { en: 'a macOS program', zh: 'macOS 程序' } },
  sqlite: { what: { en: 'a database file', zh: '数据库文件' } },
  ttf: { what: { en: 'a font', zh: '字体' } },
  otf: { what: { en: 'a font', zh: '字体' } },
  woff: { what: { en: 'a web font', zh: '网页字体' } },
  woff2: { what: { en: 'a web font', zh: '网页字体' } },
  psd: {
    what: { en: 'a Photoshop document', zh: 'Photoshop 文档' },
    media: true,
    hint: 'ingest.hint.exportImage',
  },
  tif: { what: { en: 'a TIFF image', zh: 'TIFF 图片' }, media: true, hint: 'ingest.hint.saveJpgPng' },
  bmp: { what: { en: 'a BMP image', zh: 'BMP 图片' }, media: true, hint: 'ingest.hint.saveJpgPng' },
  ico: { what: { en: 'an icon file', zh: '图标文件' }, media: true },
  jxl: { what: { en: 'a JPEG XL image', zh: 'JPEG XL 图片' }, media: true, hint: 'ingest.hint.saveJpgPng' },
  jp2: {
    what: { en: 'a JPEG 2000 image', zh: 'JPEG 2000 图片' },
    media: true,
    hint: 'ingest.hint.saveJpgPng',
  },
  cr2: { what: { en: 'a Canon RAW photo', zh: '佳能 RAW 照片' }, media: true, hint: 'ingest.hint.exportRaw' },
  cr3: { what: { en: 'a Canon RAW photo', zh: '佳能 RAW 照片' }, media: true, hint: 'ingest.hint.exportRaw' },
  nef: { what: { en: 'a Nikon RAW photo', zh: '尼康 RAW 照片' }, media: true, hint: 'ingest.hint.exportRaw' },
  arw: { what: { en: 'a Sony RAW photo', zh: '索尼 RAW 照片' }, media: true, hint: 'ingest.hint.exportRaw' },
  dng: {
    what: { en: 'a RAW photo (DNG)', zh: 'RAW 照片（DNG）' },
    media: true,
    hint: 'ingest.hint.exportRaw',
  },
  orf: {
    what: { en: 'an Olympus RAW photo', zh: '奥林巴斯 RAW 照片' },
    media: true,
    hint: 'ingest.hint.exportRaw',
  },
  rw2: {
    what: { en: 'a Panasonic RAW photo', zh: '松下 RAW 照片' },
    media: true,
    hint: 'ingest.hint.exportRaw',
  },
  raf: {
    what: { en: 'a Fujifilm RAW photo', zh: '富士 RAW 照片' },
    media: true,
    hint: 'ingest.hint.exportRaw',
  },
  flv: { what: { en: 'a Flash video', zh: 'Flash 视频' }, media: true, hint: 'ingest.hint.toMp4' },
  wmv: {
    what: { en: 'a Windows Media video', zh: 'Windows Media 视频' },
    media: true,
    hint: 'ingest.hint.toMp4',
  },
  asf: {
    what: { en: 'a Windows Media file', zh: 'Windows Media 文件' },
    media: true,
    hint: 'ingest.hint.toMp4',
  },
  mpg: { what: { en: 'an MPEG-1/2 video', zh: 'MPEG-1/2 视频' }, media: true, hint: 'ingest.hint.toMp4' },
  mts: {
    what: { en: 'an AVCHD (MTS) video', zh: 'AVCHD（MTS）视频' },
    media: true,
    hint: 'ingest.hint.toMp4',
  },
  ogv: { what: { en: 'an Ogg video', zh: 'Ogg 视频' }, media: true, hint: 'ingest.hint.toMp4' },
  flac: {
    what: { en: 'a FLAC audio file', zh: 'FLAC 音频文件' },
    media: true,
    hint: 'ingest.hint.toMp3OrM4a',
  },
  aif: {
    what: { en: 'an AIFF audio file', zh: 'AIFF 音频文件' },
    media: true,
    hint: 'ingest.hint.toWavOrMp3',
  },
  wma: {
    what: { en: 'a Windows Media audio file', zh: 'Windows Media 音频文件' },
    media: true,
    hint: 'ingest.hint.toMp3OrM4a',
  },
  mid: { what: { en: 'a MIDI file', zh: 'MIDI 文件' }, media: true, hint: 'ingest.hint.recordMidi' },
  amr: {
    what: { en: 'an AMR voice recording', zh: 'AMR 录音' },
    media: true,
    hint: 'ingest.hint.toMp3OrM4a',
  },
};

export interface RefusedDescription {
  /** e.g. "a PDF document" */
  what: Words;
  /** True for photo, video and audio formats Joy does not read. */
  media: boolean;
  /** The catalogue key of a next step. */
  hint?: MessageKey;
}

/** Plain words for a detected but refused format, from file-type's `ext` and `mime`. */
export function describeRefused(ext: string, mime: string): RefusedDescription {
  const known = REFUSED[ext];
  if (known) return { what: known.what, media: known.media ?? false, hint: known.hint };
  const upper = ext.toUpperCase();
  const article = /^[AEFILMNORSX]/.test(upper) ? 'an' : 'a';
  const words = (en: string, zh: string) => ({ en: `${article} ${upper} ${en}`, zh: `${upper} ${zh}` });
  if (mime.startsWith('image/')) return { what: words('image', '图片'), media: true };
  if (mime.startsWith('video/')) return { what: words('video', '视频'), media: true };
  if (mime.startsWith('audio/')) return { what: words('audio file', '音频文件'), media: true };
  return { what: words('file', '文件'), media: false };
}
