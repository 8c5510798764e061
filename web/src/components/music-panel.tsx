import { useEffect, useRef, useState } from 'preact/hooks';
import { useApp } from '../context.js';
import { type LibraryTrack, titleIn, trackMedia } from '../lib/library.js';
import type { StudioState } from '../lib/store.js';
import { clock } from '../lib/timeline-layout.js';
import { Icon } from './icons.js';

/** One Audio element for listening to tracks before picking one (a second play stops the first). */
function useListen(): { playing: string | undefined; toggle: (track: LibraryTrack) => void } {
  const audio = useRef<HTMLAudioElement | null>(null);
  const [playing, setPlaying] = useState<string | undefined>(undefined);
  useEffect(() => () => audio.current?.pause(), []);
  const toggle = (track: LibraryTrack) => {
    audio.current?.pause();
    if (playing === track.id || !track.url) {
      setPlaying(undefined);
      return;
    }
    const element = new Audio(track.url);
    element.onended = () => setPlaying(undefined);
    audio.current = element;
    setPlaying(track.id);
    void element.play().catch(() => setPlaying(undefined));
  };
  return { playing, toggle };
}

/** Joy's own music (hear it, pick it) and the style presets (one tap sets pacing, motion, look, music). */
export function MusicPanel({ state }: { state: StudioState }) {
  const { studio, t, lang } = useApp();
  const { playing, toggle } = useListen();
  const library = state.library;
  if (!library || (library.tracks.length === 0 && library.styles.length === 0)) return null;
  const current = state.draft?.audio[0]?.media.uri;
  const hasPhotos = Boolean(state.draft && state.draft.video.length > 0);
  const currentStyle = state.draft?.meta.style;
  return (
    <section class="card music-card" aria-labelledby="music-heading">
      <div class="card-head">
        <h2 id="music-heading">{t('music.heading')}</h2>
      </div>
      {library.styles.length > 0 ? (
        <fieldset class="styles" aria-label={t('music.styles')}>
          <legend class="small-heading">{t('music.styles')}</legend>
          {library.styles.map((style) => (
            <button
              type="button"
              class="chip"
              key={style.id}
              aria-pressed={currentStyle === style.id}
              disabled={!hasPhotos || state.editBusy}
              title={lang === 'zh' ? style.description.zh : style.description.en}
              onClick={() => void studio.edit([{ type: 'applyStyle', style: style.id }])}
            >
              {titleIn(style, lang)}
            </button>
          ))}
        </fieldset>
      ) : null}
      <h3 class="small-heading">{t('music.tracks')}</h3>
      <ul class="tracks" data-testid="library-tracks">
        {library.tracks.map((track) => {
          const title = titleIn(track, lang);
          const chosen = current === track.uri;
          return (
            <li class={`track${chosen ? ' is-chosen' : ''}`} key={track.id}>
              <button
                type="button"
                class="icon-btn"
                aria-label={playing === track.id ? t('music.stop', { title }) : t('music.listen', { title })}
                aria-pressed={playing === track.id}
                disabled={!track.url}
                onClick={() => toggle(track)}
              >
                <Icon name={playing === track.id ? 'pause' : 'play'} size={16} />
              </button>
              <span class="track-body">
                <span class="track-title">{title}</span>
                <span class="muted tiny track-facts">
                  {(lang === 'zh' ? track.moods.zh : track.moods.en).slice(0, 3).join(' · ')} ·{' '}
                  {t('timeline.bpm', { bpm: track.bpm })} · {clock(track.durationMs)}
                </span>
              </span>
              <button
                type="button"
                class="btn btn-ghost track-use"
                aria-pressed={chosen}
                aria-label={t('music.use', { title })}
                disabled={state.editBusy || chosen}
                onClick={() => void studio.edit([{ type: 'setMusic', media: trackMedia(track) }])}
              >
                {chosen ? <Icon name="check" size={16} /> : <Icon name="plus" size={16} />}
                <span>{chosen ? t('music.chosen') : t('music.pick')}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
