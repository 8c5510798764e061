import { useEffect, useRef } from 'preact/hooks';

/** The music plays through an Audio element of its own (never shown; the picture is the preview). */
export function useMusicAudio(url: string | undefined): { current: HTMLAudioElement | null } {
  const audio = useRef<HTMLAudioElement | null>(null);
  useEffect(() => {
    if (!url) {
      audio.current = null;
      return;
    }
    const element = new Audio(url);
    element.preload = 'auto';
    audio.current = element;
    return () => {
      element.pause();
      element.removeAttribute('src');
      element.load();
    };
  }, [url]);
  return audio;
}
