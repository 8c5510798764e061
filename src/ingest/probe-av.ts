import { phrasedError } from '../errors.js';
import { DEMUXER_OF_FORMAT, type ProbeResult, type ProbeStream, probe } from '../media/index.js';
import { phrase } from '../messages/index.js';
import { formatDuration } from './file-label.js';
import { corruptMedia } from './ingest-errors.js';
import type { IngestLimits, MediaInfo, SniffResult } from './types.js';

type Stream = ProbeStream & { disposition?: { attached_pic?: number } };

/** Rotation in degrees from the display matrix side data, or the legacy `rotate` tag. */
export function streamRotation(stream: ProbeStream): number {
  for (const side of stream.side_data_list ?? []) {
    if (typeof side.rotation === 'number' && Number.isFinite(side.rotation)) return side.rotation;
  }
  const tag = Number(stream.tags?.rotate);
  return Number.isFinite(tag) ? tag : 0;
}

/** Duration from the container, else the longest stream (raw AAC/MP3 streams may lack one or the other). */
function durationMs(result: ProbeResult): number | undefined {
  const positive = (value: string | undefined) => {
    const n = Number(value);
    return Number.isFinite(n) && n > 0 ? n : 0;
  };
  const seconds =
    positive(result.format.duration) || Math.max(0, ...result.streams.map((s) => positive(s.duration)));
  return seconds > 0 ? Math.round(seconds * 1000) : undefined;
}

/** ISO-BMFF and QuickTime files that hold only sound are audio (an .mp4 of a voice memo, say). */
const AUDIO_FORMAT_OF: Record<string, string> = { mp4: 'm4a', mov: 'm4a' };

/**
 * Video and audio through ffprobe: duration, upright dimensions (rotation side data applied), and whether
 * there is sound. A file whose content says video or audio but that ffprobe cannot read is `corrupt_media`.
 */
export async function probeAudioVideo(sniffed: SniffResult, limits: IngestLimits): Promise<MediaInfo> {
  let result: ProbeResult;
  try {
    const demuxer = sniffed.demuxer ?? DEMUXER_OF_FORMAT[sniffed.format];
    if (!demuxer) throw new Error(`no demuxer for ${sniffed.format}`);
    result = await probe({ path: sniffed.path, demuxer });
  } catch (error) {
    throw corruptMedia(sniffed.name, sniffed.format, error);
  }
  const streams = (result.streams ?? []) as Stream[];
  const video = streams.find(
    (s) => s.codec_type === 'video' && !s.disposition?.attached_pic && s.width && s.height,
  );
  const hasAudio = streams.some((s) => s.codec_type === 'audio');

  let kind = sniffed.kind;
  let format = sniffed.format;
  if (kind === 'video' && !video) {
    if (!hasAudio) throw corruptMedia(sniffed.name, sniffed.format, new Error('no video or audio stream'));
    kind = 'audio';
    format = AUDIO_FORMAT_OF[format] ?? format;
  }
  if (kind === 'audio' && !hasAudio)
    throw corruptMedia(sniffed.name, sniffed.format, new Error('no audio stream'));

  const info: MediaInfo = {
    path: sniffed.path,
    name: sniffed.name,
    kind,
    format,
    sizeBytes: sniffed.sizeBytes,
    hasAudio,
  };
  const duration = durationMs(result);
  if (duration !== undefined) info.durationMs = duration;
  if (kind === 'video' && video?.width && video.height) {
    const turned = Math.abs(Math.round(streamRotation(video) / 90)) % 2 === 1;
    info.width = turned ? video.height : video.width;
    info.height = turned ? video.width : video.height;
  }
  if (duration !== undefined && duration > limits.maxMediaDurationMs) {
    throw phrasedError(
      'file_too_large',
      phrase(kind === 'audio' ? 'ingest.audioTooLong' : 'ingest.clipTooLong', {
        file: sniffed.name,
        length: formatDuration(duration),
        max: formatDuration(limits.maxMediaDurationMs),
      }),
      {
        file: sniffed.name,
        hint: phrase('ingest.tooLong.hint'),
        details: { durationMs: duration, maxDurationMs: limits.maxMediaDurationMs },
      },
    );
  }
  return info;
}
