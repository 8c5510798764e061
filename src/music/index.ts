export {
  getTrack,
  listStyles,
  listTracks,
  MUSIC_RENDER_VERSION,
  musicCacheDir,
  renderTrackWav,
  resolveMusicUri,
  type TrackInfo,
  trackFile,
} from './library.js';
