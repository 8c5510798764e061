export {
  type AudioMix,
  type AudioSource,
  type EncodeJob,
  type H264Settings,
  type JoinJob,
  MINIMUM_FFMPEG,
  type MixJob,
  meetsMinimum,
} from './av/job.js';
export {
  AvJobError,
  type MediaLibraries,
  mediaLibraries,
  type RunningAvJob,
  runAvJob,
  startAvJob,
} from './av/run.js';
export { type BoundInput, bindInput } from './bound-input.js';
export {
  adtsFrameLength,
  DEMUXER_OF_FORMAT,
  DEMUXERS,
  type Demuxer,
  demuxerOfFile,
  demuxerOfHead,
  id3End,
  mp3FrameLength,
} from './container.js';
export { type ProbeResult, type ProbeStream, parseRate, probe } from './probe.js';
