import { useState } from 'preact/hooks';
import { useApp } from '../context.js';
import { useCoarsePointer } from '../hooks/use-coarse-pointer.js';
import { formatBytes, thumbnailOf } from '../lib/media.js';
import type { StudioState, UploadItem } from '../lib/store.js';
import { Icon, type IconName } from './icons.js';

export const ACCEPT = 'image/*,video/*,audio/*,.heic,.heif';

const kindIcon = (kind: string): IconName =>
  kind === 'audio' ? 'music' : kind === 'video' ? 'film' : 'image';

function UploadRow({ item }: { item: UploadItem }) {
  const { studio, t } = useApp();
  const pct = Math.round(item.progress * 100);
  const label =
    item.status === 'queued'
      ? t('upload.waiting', { name: item.name })
      : item.status === 'uploading'
        ? t('upload.uploading', { name: item.name, pct })
        : item.status === 'processing'
          ? t('upload.processing', { name: item.name })
          : item.status === 'done'
            ? t('upload.done', { name: item.name })
            : (item.error ?? '');
  return (
    <li class={`upload-row upload-${item.status}`}>
      <span class="upload-thumb" aria-hidden="true">
        {/* A refused file shows its kind's icon, never a picture the browser may fail to draw. */}
        {item.status === 'failed' ? (
          <Icon name="alert" />
        ) : (
          <MediaThumb src={item.localUrl} name="" kind={item.kind === 'unknown' ? 'image' : item.kind} />
        )}
      </span>
      <div class="upload-body">
        <div class="upload-line">
          <span class="upload-name" title={item.name}>
            {item.name}
          </span>
          <span class="upload-size">{item.status === 'failed' ? '' : formatBytes(item.size)}</span>
        </div>
        {item.status === 'failed' ? (
          <p class="upload-error">{label}</p>
        ) : (
          <div
            class="bar"
            role="progressbar"
            aria-label={label}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={pct}
            data-status={item.status}
          >
            <span style={{ width: `${pct}%` }} />
          </div>
        )}
      </div>
      {item.status === 'failed' || item.status === 'done' ? (
        <button
          type="button"
          class="icon-btn"
          aria-label={`${t('upload.dismiss')}: ${item.name}`}
          onClick={() => studio.dismissUpload(item.key)}
        >
          <Icon name="close" size={16} />
        </button>
      ) : null}
    </li>
  );
}

/** A media tile's picture; files the browser cannot draw (HEIC on most browsers) show an icon. */
function MediaThumb({ src, name, kind }: { src: string | undefined; name: string; kind: string }) {
  const [failed, setFailed] = useState(false);
  if (src && !failed) return <img src={src} alt={name} loading="lazy" onError={() => setFailed(true)} />;
  return (
    <span class={`media-icon kind-${kind}`}>
      <Icon name={kindIcon(kind)} size={22} />
      {name ? <span class="media-name">{name}</span> : null}
    </span>
  );
}

export function UploadPanel({ state }: { state: StudioState }) {
  const { studio, t } = useApp();
  const coarse = useCoarsePointer();
  const [over, setOver] = useState(false);
  const disabled = !state.sessionId;
  const onFiles = (files: FileList | null) => {
    if (files && files.length > 0) studio.upload(Array.from(files));
  };
  return (
    <section class="card upload-card" aria-labelledby="media-heading">
      {state.media.length === 0 && state.uploads.length === 0 ? (
        <div class="welcome">
          <h2 id="media-heading" class="welcome-title">
            {t('start.heading')}
          </h2>
          <p class="muted small">{t('start.body')}</p>
        </div>
      ) : (
        <div class="card-head">
          <h2 id="media-heading">{t('upload.heading')}</h2>
          {state.media.length > 0 ? (
            <span class="muted small">{t('upload.count', { n: state.media.length })}</span>
          ) : null}
        </div>
      )}
      <fieldset
        class={`dropzone${over ? ' is-over' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(event) => {
          event.preventDefault();
          setOver(false);
          if (!disabled) onFiles(event.dataTransfer?.files ?? null);
        }}
      >
        <legend class="visually-hidden">{t('upload.heading')}</legend>
        <Icon name="upload" size={22} />
        <p class="drop-title">{coarse ? t('upload.dropTouch') : t('upload.drop')}</p>
        {coarse ? null : <p class="muted small drop-or">{t('upload.or')}</p>}
        <label class="btn btn-primary file-pick">
          <input
            type="file"
            multiple
            accept={ACCEPT}
            disabled={disabled}
            data-testid="file-input"
            onChange={(event) => {
              const input = event.currentTarget;
              onFiles(input.files);
              input.value = '';
            }}
          />
          <span>{t('upload.pick')}</span>
        </label>
        <p class="muted small drop-hint">{t('upload.hint')}</p>
      </fieldset>
      {state.uploads.length > 0 ? (
        <ul class="upload-list" aria-label={t('upload.heading')}>
          {state.uploads.map((item) => (
            <UploadRow item={item} key={item.key} />
          ))}
        </ul>
      ) : null}
      {state.media.length > 0 ? (
        <ul class="media-grid">
          {state.media.map((item) => {
            const thumb = thumbnailOf(state, item);
            return (
              <li class="media-tile" key={item.id} title={item.name}>
                <MediaThumb src={thumb} name={item.name} kind={item.kind} />
                <span class="media-kind">{t(`kind.${item.kind}`)}</span>
                <button
                  type="button"
                  class="media-add"
                  aria-label={`${item.kind === 'audio' ? t('upload.setMusic') : t('upload.addToTimeline')}: ${item.name}`}
                  title={item.kind === 'audio' ? t('upload.setMusic') : t('upload.addToTimeline')}
                  onClick={() => void studio.useMedia(item)}
                  disabled={state.editBusy}
                >
                  <Icon name="plus" size={14} />
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}
