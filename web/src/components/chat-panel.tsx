import { useEffect, useRef, useState } from 'preact/hooks';
import type { MessageKey, Translate } from '../../../src/messages/index.js';
import { useApp } from '../context.js';
import { revealIfHidden } from '../hooks/reveal.js';
import { type ChatMessage, changeLineText, visibleText } from '../lib/chat.js';
import type { StudioState } from '../lib/store.js';
import { Icon } from './icons.js';

const STOP_REASONS: Record<string, MessageKey> = {
  disconnected: 'chat.stopped.disconnected',
  interrupted: 'chat.stopped.interrupted',
  shutdown: 'chat.stopped.interrupted',
  timeout: 'chat.stopped.timeout',
};

/** Why a reply stopped early, in the interface language (the server keeps a code for the known reasons). */
function stoppedText(error: string, t: Translate): string {
  const known = STOP_REASONS[error];
  return known ? t(known) : t('chat.stopped', { reason: error });
}

export const SUGGESTIONS: MessageKey[] = [
  'chat.chip.smooth',
  'chat.chip.tiktok',
  'chat.chip.title',
  'chat.chip.music',
];

function Message({ message }: { message: ChatMessage }) {
  const { t, lang } = useApp();
  const text = visibleText(message);
  if (message.role === 'edit') {
    return (
      <li class="msg msg-edit">
        <ul class="edit-lines">
          {message.edits.map((edit) => (
            <li key={edit.id} class="edit-line">
              <Icon name="check" size={14} />
              <span>{changeLineText(edit, lang)}</span>
            </li>
          ))}
        </ul>
      </li>
    );
  }
  return (
    <li class={`msg msg-${message.role}`}>
      <span class="visually-hidden">{message.role === 'user' ? t('chat.you') : t('chat.joy')}: </span>
      {text ? <p class="msg-text">{text}</p> : null}
      {message.edits.length > 0 ? (
        <ul class="edit-lines" aria-label={t('chat.edits')}>
          {message.edits.map((edit) => (
            <li key={edit.id} class={`edit-line${edit.ok ? '' : ' edit-failed'}`}>
              <Icon name={edit.ok ? 'check' : 'alert'} size={14} />
              <span>{changeLineText(edit, lang)}</span>
            </li>
          ))}
        </ul>
      ) : null}
      {message.pending && !message.streaming ? (
        <p class="msg-working">
          <span class="typing" aria-hidden="true">
            <i />
            <i />
            <i />
          </span>
          {t('chat.working')}
        </p>
      ) : null}
      {message.error ? <p class="msg-error">{stoppedText(message.error, t)}</p> : null}
    </li>
  );
}

export function ChatPanel({ state }: { state: StudioState }) {
  const { studio, t } = useApp();
  const [draft, setDraft] = useState('');
  const logRef = useRef<HTMLOListElement>(null);
  const inputRef = useRef<HTMLTextAreaElement>(null);
  const disabled = !state.sessionId || state.chatBusy;
  // The suggestions all need photos: before any, they say so instead of failing one by one.
  const hasPictures = state.media.some((item) => item.kind !== 'audio');

  // The newest message shows, from its first line when it is taller than the log: a long reply's
  // sentence is what to read, not only the change lines under it.
  useEffect(() => {
    const log = logRef.current;
    if (!log) return;
    const last = log.lastElementChild as HTMLElement | null;
    log.scrollTop = last && last.offsetHeight > log.clientHeight ? last.offsetTop : log.scrollHeight;
  }, [state.chat]);

  // When this tab's turn ends, Joy's reply is on screen (on a phone it can land off screen or under the
  // header while the keyboard is up).
  const wasBusy = useRef(state.chatBusy);
  useEffect(() => {
    const ended = wasBusy.current && !state.chatBusy;
    wasBusy.current = state.chatBusy;
    if (!ended) return;
    const frame = requestAnimationFrame(() => {
      const log = logRef.current;
      const replies = log?.querySelectorAll('.msg-assistant');
      const reply = replies?.[replies.length - 1];
      revealIfHidden(reply?.querySelector('.msg-text') ?? reply, log?.closest('.chat-card'), 'nearest');
    });
    return () => cancelAnimationFrame(frame);
  }, [state.chatBusy]);

  const send = (text: string) => {
    if (!text.trim() || disabled) return;
    setDraft('');
    void studio.send(text);
  };

  return (
    <section class="card chat-card" aria-labelledby="chat-heading" id="chat">
      <div class="card-head">
        <h2 id="chat-heading">{t('chat.heading')}</h2>
      </div>
      <ol
        class="chat-log"
        ref={logRef}
        aria-live="polite"
        aria-relevant="additions text"
        aria-label={t('chat.heading')}
      >
        {state.chat.length === 0 ? <li class="chat-empty muted">{t('chat.empty')}</li> : null}
        {state.chat.map((message) => (
          <Message message={message} key={message.id} />
        ))}
      </ol>
      {!hasPictures ? (
        <p class="muted small chips-note" data-testid="needs-photos">
          {t('chat.needPhotos')}
        </p>
      ) : null}
      <fieldset class="chips" aria-label={t('chat.suggestions')}>
        {SUGGESTIONS.map((key) => (
          <button
            type="button"
            class="chip"
            key={key}
            disabled={disabled || !hasPictures}
            onClick={() => send(t(key))}
          >
            <Icon name="sparkle" size={14} />
            <span>{t(key)}</span>
          </button>
        ))}
      </fieldset>
      <form
        class="composer"
        onSubmit={(event) => {
          event.preventDefault();
          send(draft);
        }}
      >
        <label for="chat-input" class="visually-hidden">
          {t('chat.label')}
        </label>
        <textarea
          id="chat-input"
          ref={inputRef}
          rows={1}
          value={draft}
          placeholder={t('chat.placeholder')}
          onInput={(event) => setDraft(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
              event.preventDefault();
              send(draft);
            }
          }}
        />
        <button
          type="submit"
          class="btn btn-primary send"
          disabled={disabled || !draft.trim()}
          aria-label={t('chat.send')}
        >
          <Icon name="send" size={18} />
          <span class="send-label">{t('chat.send')}</span>
        </button>
      </form>
    </section>
  );
}
