import { createContext } from 'preact';
import { useContext, useEffect, useRef, useState } from 'preact/hooks';
import { type Lang, type Translate, translator } from '../../src/messages/index.js';
import type { StudioState } from './lib/store.js';
import type { Studio } from './lib/studio.js';

export interface AppContext {
  studio: Studio;
  lang: Lang;
  t: Translate;
}

export const App = createContext<AppContext>({ studio: undefined as never, lang: 'en', t: translator('en') });

export function useApp(): AppContext {
  return useContext(App);
}

/** The store's state, re-rendering on every change. */
export function useStudioState(studio: Studio): StudioState {
  const [state, setState] = useState(studio.store.get());
  useEffect(() => studio.store.subscribe(setState), [studio]);
  return state;
}

/** Width of an element, kept up to date (the element may appear or change between renders). */
export function useWidth(ref: { current: HTMLElement | null }): number {
  const [width, setWidth] = useState(0);
  const observed = useRef<HTMLElement | null>(null);
  const observer = useRef<ResizeObserver | undefined>(undefined);
  useEffect(() => {
    const element = ref.current;
    if (element === observed.current) return;
    observer.current?.disconnect();
    observed.current = element;
    if (!element) return;
    setWidth(element.clientWidth);
    observer.current = new ResizeObserver(() => setWidth(element.clientWidth));
    observer.current.observe(element);
  });
  useEffect(() => () => observer.current?.disconnect(), []);
  return width;
}
