import { useEffect, useRef } from 'preact/hooks';
import { useApp } from '../context.js';
import { revealIfHidden } from '../hooks/reveal.js';
import { type ExportItem, exportRunning } from '../lib/api-core.js';
import { draftDurationMs } from '../lib/draft.js';
import { exportShelf } from '../lib/exports.js';
import { formatBytes } from '../lib/media.js';
import type { StudioState } from '../lib/store.js';
import { clock } from '../lib/timeline-layout.js';
import { Icon } from './icons.js';

function when(iso: string | undefined, lang: string): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return date.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en', { dateStyle: 'medium', timeStyle: 'short' });
}

/** `1080×1920 · 2.4 MB · 0:06`, from what the server knows of the file. */
function facts(item: ExportItem): string {
  return [
    item.width && item.height ? `${item.width}×${item.height}` : '',
    item.sizeBytes ? formatBytes(item.sizeBytes) : '',
    item.durationMs ? clock(item.durationMs, true) : '',
  ]
    .filter(Boolean)
    .join(' · ');
}

function Player({ item, testIds }: { item: ExportItem; testIds: boolean }) {
  const { t } = useApp();
  return (
    <>
      {/* biome-ignore lint/a11y/useMediaCaption: the export has no speech to caption; its titles are in the picture. */}
      <video
        src={item.url}
        controls
        playsInline
        preload={testIds ? 'auto' : 'metadata'}
        class="export-video"
        // Its box has the video's shape before the video loads: growing later would push the
        // "ready" line above it off screen (the browser keeps what is below in place).
        style={item.width && item.height ? { aspectRatio: `${item.width} / ${item.height}` } : undefined}
        data-testid={testIds ? 'export-video' : undefined}
      />
      <a
        class="btn btn-secondary btn-block"
        href={item.url}
        download
        data-testid={testIds ? 'download' : undefined}
      >
        <Icon name="download" size={18} />
        <span>{t('export.download')}</span>
      </a>
    </>
  );
}

/**
 * Export: one button, the progress of the export running for this session (also one started before a
 * reload or in another tab), the newest video playable inline once no newer export is under way or
 * failed, earlier ones below.
 */
export function ExportPanel({ state }: { state: StudioState }) {
  const { studio, t, lang } = useApp();
  const { draft, exportJob: job } = state;
  const ready = Boolean(
    draft && draftDurationMs(draft) > 0 && (draft.video.length > 0 || draft.texts.length > 0),
  );
  const running = exportRunning(job);
  const pct = Math.round((job?.progress ?? 0) * 100);
  const { latest, earlier } = exportShelf(job, state.exports);
  const cardRef = useRef<HTMLElement>(null);
  // When the export this page watched finishes, "Your video is ready" is on screen, the video under it.
  // Pending until the finished video is listed with its size: the video's box grows then, and the
  // browser, keeping what is below it in place, can scroll the line above it off screen.
  const wasRunning = useRef(running);
  const revealPending = useRef(false);
  const sized = Boolean(latest?.width && latest.height);
  useEffect(() => {
    if (running) revealPending.current = false;
    else if (wasRunning.current) revealPending.current = true;
    wasRunning.current = running;
    if (!revealPending.current || !latest) return;
    const frame = requestAnimationFrame(() => {
      if (sized) revealPending.current = false;
      revealIfHidden(cardRef.current?.querySelector('.export-done .success-text'), cardRef.current, 'start');
    });
    return () => cancelAnimationFrame(frame);
  }, [running, latest?.id, sized]);
  return (
    <section class="card export-card" aria-labelledby="export-heading" ref={cardRef}>
      <div class="card-head">
        <h2 id="export-heading">{t('export.heading')}</h2>
      </div>
      <button
        type="button"
        class="btn btn-primary btn-block"
        disabled={!ready || running || !state.sessionId}
        onClick={() => void studio.exportVideo()}
        data-testid="export"
      >
        <Icon name="download" size={18} />
        <span>{latest || earlier.length > 0 ? t('export.again') : t('export.button')}</span>
      </button>
      {!ready ? <p class="muted small">{t('export.needTimeline')}</p> : null}
      <div aria-live="polite" class="export-status">
        {running && job ? (
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
            <p class="small" data-testid="export-progress">
              {job.unreachable
                ? t('export.unreachable')
                : job.waitingForWorker
                  ? t('export.noWorker')
                  : job.status === 'queued'
                    ? t('export.queued')
                    : t('export.rendering', { pct })}
            </p>
          </>
        ) : null}
        {job?.status === 'failed' ? (
          <p class="error-text">{t('export.failed', { reason: job.error ?? '' })}</p>
        ) : null}
        {latest ? (
          <div class="export-done">
            <p class="success-text">
              <Icon name="check" size={16} />
              {t('export.done')}
            </p>
            <p class="muted small export-meta" data-testid="export-facts">
              {facts(latest)}
            </p>
            <Player item={latest} testIds />
          </div>
        ) : null}
      </div>
      {earlier.length > 0 ? (
        <div class="earlier">
          <h3 class="small-heading">{t('export.earlier')}</h3>
          <ul>
            {earlier.map((item) => (
              <li key={item.id}>
                <details>
                  <summary>
                    <span class="ellipsis">{t('export.item', { n: item.n })}</span>
                    <span class="muted tiny">
                      {[facts(item), when(item.createdAt, lang)].filter(Boolean).join(' · ')}
                    </span>
                  </summary>
                  <Player item={item} testIds={false} />
                </details>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
