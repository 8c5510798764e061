export {
  AvJobError,
  type MediaLibraries,
  mediaLibraries,
  runAvJob,
  startAvJob,
} from './av/run.js';
export {
  type BinaryChoice,
  ffmpeg,
  ffprobe,
  MINIMUM_FFMPEG,
  meetsMinimum,
  versionOf,
} from './binaries.js';
export { type BoundInput, bindInput, boundInputArgs, inputArgs } from './bound-input.js';
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
