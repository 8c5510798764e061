/**
 * Brings what the person just caused (Joy's reply, a finished export) into view when it landed off
 * screen or under the sticky header, but only while they are still looking at the card it belongs to:
 * someone who has scrolled on to the timeline is not pulled back.
 */
export function revealIfHidden(
  element: Element | null | undefined,
  card: Element | null | undefined,
  block: ScrollLogicalPosition,
): void {
  if (!element || !card) return;
  const top = Number.parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0;
  const view = { top, bottom: window.innerHeight };
  const cardBox = card.getBoundingClientRect();
  if (cardBox.bottom <= view.top || cardBox.top >= view.bottom) return;
  const box = element.getBoundingClientRect();
  if (box.top >= view.top - 1 && box.bottom <= view.bottom + 1) return;
  // Instant, not smooth: a scroll still running would move what the person is about to tap.
  element.scrollIntoView({ block, inline: 'nearest' });
}
