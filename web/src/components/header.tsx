import type { Lang } from '../../../src/messages/index.js';
import { useApp } from '../context.js';
import type { StudioState } from '../lib/store.js';
import { Icon } from './icons.js';

export function Header({ state, onLang }: { state: StudioState; onLang: (lang: Lang) => void }) {
  const { studio, t, lang } = useApp();
  const statusText =
    state.status === 'ready'
      ? t('status.ready')
      : state.status === 'connecting'
        ? t('status.connecting')
        : t('status.offline');
  return (
    <header class="topbar">
      <div class="brand">
        <span class="brand-mark" aria-hidden="true">
          <Icon name="play" size={16} />
        </span>
        <h1 class="brand-name">{t('app.title')}</h1>
        <span class="brand-tagline">{t('app.tagline')}</span>
      </div>
      <div class="topbar-end">
        <p class="quiet-status" aria-live="polite">
          <span class={`dot dot-${state.status}`} aria-hidden="true" />
          <span class="status-text">
            {statusText}
            {state.credits ? <span aria-hidden="true"> · </span> : null}
          </span>
          {state.credits ? (
            <span class="credits">{t('header.credits', { n: state.credits.available })}</span>
          ) : null}
        </p>
        {state.status === 'offline' ? (
          <button type="button" class="btn btn-secondary" onClick={() => void studio.start()}>
            {t('start.retry')}
          </button>
        ) : null}
        <button
          type="button"
          class="btn btn-ghost"
          aria-label={t('header.newProject')}
          onClick={() => void studio.startNewProject()}
          disabled={state.status === 'connecting'}
        >
          <Icon name="plus" size={16} />
          <span>{t('header.newProject')}</span>
        </button>
        <fieldset class="segmented" aria-label={t('header.language')}>
          <legend class="visually-hidden">{t('header.language')}</legend>
          {(['en', 'zh'] as const).map((option) => (
            <button
              type="button"
              key={option}
              aria-pressed={lang === option}
              lang={option}
              onClick={() => onLang(option)}
            >
              {option === 'en' ? 'EN' : '中文'}
            </button>
          ))}
        </fieldset>
      </div>
    </header>
  );
}

export function Notices({ state }: { state: StudioState }) {
  const { studio, t } = useApp();
  return (
    <div class="notices" role="alert">
      {state.notices.map((notice) => (
        <div class={`notice notice-${notice.kind}`} key={notice.id}>
          <Icon name="alert" size={18} />
          <p>{notice.text}</p>
          <button
            type="button"
            class="icon-btn"
            aria-label={t('error.dismiss')}
            onClick={() => studio.store.dispatch({ type: 'dismiss', id: notice.id })}
          >
            <Icon name="close" size={16} />
          </button>
        </div>
      ))}
    </div>
  );
}
