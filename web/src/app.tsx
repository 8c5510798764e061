import { useEffect, useMemo, useState } from 'preact/hooks';
import { detectLang, type Lang, translator } from '../../src/messages/index.js';
import { ChatPanel } from './components/chat-panel.js';
import { ExportPanel } from './components/export-panel.js';
import { Header, Notices } from './components/header.js';
import { Inspector } from './components/inspector.js';
import { PreviewPanel } from './components/preview-panel.js';
import { Timeline } from './components/timeline.js';
import { UploadPanel } from './components/upload-panel.js';
import { App as AppContext, useStudioState } from './context.js';
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
  const t = useMemo(() => translator(lang), [lang]);

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

  return (
    <AppContext.Provider value={{ studio, lang, t }}>
      <a class="skip-link" href="#chat-input">
        {t('app.skip')}
      </a>
      <Header state={state} onLang={chooseLang} />
      <Notices state={state} />
      <main class="layout">
        <div class="col col-side">
          <UploadPanel state={state} />
          <ChatPanel state={state} />
        </div>
        <div class="col col-main">
          <PreviewPanel state={state} currentMs={currentMs} onSeek={setCurrentMs} />
          <Timeline state={state} currentMs={currentMs} onSeek={setCurrentMs} />
          <div class="row-split">
            <Inspector state={state} />
            <ExportPanel state={state} />
          </div>
        </div>
      </main>
    </AppContext.Provider>
  );
}
