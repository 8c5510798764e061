import { useApp } from '../context.js';
import { draftDurationMs } from '../lib/draft.js';
import type { StudioState } from '../lib/store.js';
import { Icon } from './icons.js';

function when(iso: string | undefined, lang: string): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return date.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en', { dateStyle: 'medium', timeStyle: 'short' });
}

export function ExportPanel({ state }: { state: StudioState }) {
  const { studio, t, lang } = useApp();
  const { draft, exportJob: job } = state;
  const ready = Boolean(
    draft && draftDurationMs(draft) > 0 && (draft.video.length > 0 || draft.texts.length > 0),
  );
  const running = job && (job.status === 'queued' || job.status === 'rendering');
  const pct = Math.round((job?.progress ?? 0) * 100);
  const done = job?.status === 'completed' && job.url;
  const earlier = state.exports
    .map((item, index) => ({ ...item, n: index + 1 }))
    .filter((item) => !done || item.url !== job.url)
    .reverse();
  return (
    <section class="card export-card" aria-labelledby="export-heading">
      <div class="card-head">
        <h2 id="export-heading">{t('export.heading')}</h2>
      </div>
      <button
        type="button"
        class="btn btn-primary btn-block"
        disabled={!ready || Boolean(running) || !state.sessionId}
        onClick={() => void studio.exportVideo()}
        data-testid="export"
      >
        <Icon name="download" size={18} />
        <span>{done ? t('export.again') : t('export.button')}</span>
      </button>
      {!ready ? <p class="muted small">{t('export.needTimeline')}</p> : null}
      <div aria-live="polite" class="export-status">
        {running ? (
          <>
            <div
              class="bar bar-lg"
              role="progressbar"
              aria-label={t('export.progress')}
              aria-valuemin={0}
              aria-valuemax={100}
              aria-valuenow={pct}
            >
              <span style={{ width: `${Math.max(2, pct)}%` }} />
            </div>
            <p class="small">
              {job.status === 'queued' ? t('export.queued') : t('export.rendering', { pct })}
            </p>
          </>
        ) : null}
        {job?.status === 'failed' ? (
          <p class="error-text">{t('export.failed', { reason: job.error ?? '' })}</p>
        ) : null}
        {done ? (
          <div class="export-done">
            <p class="success-text">
              <Icon name="check" size={16} />
              {t('export.done')}
            </p>
            {/* biome-ignore lint/a11y/useMediaCaption: the export has no speech to caption; its titles are in the picture. */}
            <video
              src={job.url}
              controls
              playsInline
              preload="auto"
              class="export-video"
              data-testid="export-video"
            />
            <a class="btn btn-secondary btn-block" href={job.url} download data-testid="download">
              <Icon name="download" size={18} />
              <span>{t('export.download')}</span>
            </a>
          </div>
        ) : null}
      </div>
      {earlier.length > 0 ? (
        <div class="earlier">
          <h3 class="small-heading">{t('export.earlier')}</h3>
          <ul>
            {earlier.map((item) => (
              <li key={item.id}>
                <a href={item.url} download title={item.name}>
                  <Icon name="download" size={16} />
                  <span class="ellipsis">{t('export.item', { n: item.n })}</span>
                </a>
                <span class="muted tiny">
                  {item.width && item.height ? `${item.width}×${item.height} · ` : ''}
                  {when(item.createdAt, lang)}
                </span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
