import { useEffect } from 'preact/hooks';

/**
 * Keeps `scroll-padding-top` equal to what sticks at the top of the page (the header; any element marked
 * `data-sticky` while it is sticky), so an element that receives focus is scrolled into view below them,
 * never hidden under them.
 */
export function useStickyScrollPadding(): void {
  useEffect(() => {
    const root = document.documentElement;
    const update = () => {
      const header = document.querySelector<HTMLElement>('.topbar');
      if (header) root.style.setProperty('--header-h', `${header.offsetHeight}px`);
      let bottom = 0;
      for (const element of document.querySelectorAll<HTMLElement>('[data-sticky]')) {
        if (getComputedStyle(element).position !== 'sticky') continue;
        const top = Number.parseFloat(getComputedStyle(element).top) || 0;
        bottom = Math.max(bottom, top + element.offsetHeight);
      }
      root.style.scrollPaddingTop = `${Math.ceil(bottom) + 8}px`;
    };
    update();
    const observer = new ResizeObserver(update);
    for (const element of document.querySelectorAll<HTMLElement>('[data-sticky]')) observer.observe(element);
    window.addEventListener('resize', update);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', update);
    };
  }, []);
}
