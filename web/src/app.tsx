import { useEffect, useMemo, useState } from 'preact/hooks';
import { detectLang, type Lang } from '../../src/messages/index.js';
import { ChatPanel } from './components/chat-panel.js';
import { ExportPanel } from './components/export-panel.js';
import { Header, Notices } from './components/header.js';
import { Inspector } from './components/inspector/index.js';
import { MusicPanel } from './components/music-panel.js';
import { PreviewPanel } from './components/preview/index.js';
import { Timeline } from './components/timeline/index.js';
import { UploadPanel } from './components/upload-panel.js';
import { App as AppContext, appContext, useStudioState } from './context.js';
import { useStickyScrollPadding } from './hooks/use-sticky-scroll-padding.js';
import { Studio } from './lib/studio.js';

const LANG_KEY = 'joy.lang';

function initialLang(): Lang {
  try {
    const saved = localStorage.getItem(LANG_KEY);
    if (saved === 'en' || saved === 'zh') return saved;
  } catch {
    // Private mode: fall through.
  }
  return detectLang(navigator.languages?.length ? navigator.languages : navigator.language);
}

export function StudioApp() {
  const [lang, setLang] = useState<Lang>(initialLang);
  const studio = useMemo(() => new Studio(lang), []);
  const state = useStudioState(studio);
  const [currentMs, setCurrentMs] = useState(0);
  const context = useMemo(() => appContext(studio, lang), [studio, lang]);
  const { t } = context;
  useStickyScrollPadding();

  useEffect(() => {
    void studio.start();
  }, [studio]);

  // Files dropped anywhere on the page are uploaded (and never replace the page with the file).
  useEffect(() => {
    const over = (event: DragEvent) => {
      if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
    };
    const drop = (event: DragEvent) => {
      if (event.defaultPrevented || !event.dataTransfer?.files.length) return;
      event.preventDefault();
      studio.upload(Array.from(event.dataTransfer.files));
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, [studio]);

  // The choice is stored when it is made, not after the next render: a tab opened right away
  // must already see it.
  const chooseLang = (next: Lang) => {
    try {
      localStorage.setItem(LANG_KEY, next);
    } catch {
      // Not persisted.
    }
    setLang(next);
  };

  useEffect(() => {
    studio.setLang(lang);
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = t('app.title');
  }, [lang]);

  // Keep the playhead inside the video when the draft gets shorter.
  useEffect(() => setCurrentMs(0), [state.sessionId]);

  const portrait = state.draft ? state.draft.canvas.height > state.draft.canvas.width : false;
  return (
    <AppContext.Provider value={context}>
      <a class="skip-link" href="#chat-input">
        {t('app.skip')}
      </a>
      <Header state={state} onLang={chooseLang} />
      <Notices state={state} />
      {/* The player column stays in view beside chat and timeline (on a phone: the first card, scrolling with the page). */}
      <main
        class={`layout ${portrait ? 'is-portrait' : 'is-landscape'}${state.media.length > 0 ? ' has-media' : ''}`}
      >
        <div class="col col-work">
          <div class="row-split row-talk">
            <ChatPanel state={state} />
            <div class="stack">
              <UploadPanel state={state} />
              <MusicPanel state={state} />
            </div>
          </div>
          <Timeline state={state} currentMs={currentMs} onSeek={setCurrentMs} />
          <div class="row-split">
            <Inspector state={state} />
            <ExportPanel state={state} />
          </div>
        </div>
        <div class="col col-player">
          <PreviewPanel state={state} currentMs={currentMs} onSeek={setCurrentMs} />
        </div>
      </main>
    </AppContext.Provider>
  );
}
