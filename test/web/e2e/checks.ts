import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';

/** The few DOM shapes the functions run in the page touch (the tests compile without DOM types). */
interface El {
  tagName: string;
  className: string;
  id: string;
  type?: string;
  textContent: string | null;
  outerHTML: string;
  parentElement: El | null;
  childNodes: ArrayLike<{ nodeType: number; textContent: string | null }>;
  getBoundingClientRect(): {
    top: number;
    bottom: number;
    left: number;
    right: number;
    width: number;
    height: number;
  };
  getClientRects(): { length: number };
  getAttribute(name: string): string | null;
  closest(selector: string): El | null;
}
interface Doc {
  documentElement: El & { scrollWidth: number; clientWidth: number; scrollHeight: number };
  activeElement: El | null;
  querySelector(selector: string): El | null;
  querySelectorAll(selector: string): ArrayLike<El> & Iterable<El>;
}
interface Win {
  innerHeight: number;
  getComputedStyle(element: El): { visibility: string; display: string; opacity: string; position: string };
}

/** No element makes the page scroll sideways (the message names the ones that stick out). */
export async function assertNoHorizontalScroll(page: Page, label: string): Promise<void> {
  const { scroll, width, wide } = await page.evaluate(() => {
    const { document } = globalThis as unknown as { document: Doc };
    const viewport = document.documentElement.clientWidth;
    const wide: string[] = [];
    for (const element of document.querySelectorAll('body *')) {
      const box = element.getBoundingClientRect();
      if (box.right > viewport + 0.5 && !element.closest('.tl-scroll'))
        wide.push(`${element.tagName.toLowerCase()}.${element.className} → ${Math.round(box.right)}px`);
    }
    return { scroll: document.documentElement.scrollWidth, width: viewport, wide: wide.slice(0, 8) };
  });
  assert.ok(
    scroll <= width,
    `${label}: page is ${scroll}px wide in a ${width}px viewport: ${wide.join('; ')}`,
  );
}

/** The page is no taller than what it shows (nothing invisible stretches it). */
export async function assertNoBlankSpace(page: Page, label: string): Promise<void> {
  const { scroll, content } = await page.evaluate(() => {
    const { document } = globalThis as unknown as { document: Doc };
    let bottom = 0;
    for (const element of document.querySelectorAll('header, main > *, main .card')) {
      bottom = Math.max(bottom, element.getBoundingClientRect().bottom);
    }
    const top = document.documentElement.getBoundingClientRect().top;
    return { scroll: document.documentElement.scrollHeight, content: Math.ceil(bottom - top) };
  });
  assert.ok(scroll <= content + 40, `${label}: the page is ${scroll}px tall for ${content}px of content`);
}

/** Every button and form control has a name a screen reader can say. */
export async function assertLabelled(page: Page, label: string): Promise<void> {
  const unnamed = await page.evaluate(() => {
    const { document } = globalThis as unknown as { document: Doc };
    const out: string[] = [];
    for (const el of document.querySelectorAll('button, input, select, textarea, a[href]')) {
      if (el.type === 'hidden') continue;
      const named =
        el.getAttribute('aria-label') ||
        el.getAttribute('aria-labelledby') ||
        (el.textContent ?? '').trim() ||
        (el.id && document.querySelector(`label[for="${el.id}"]`)) ||
        el.closest('label');
      if (!named) out.push(el.outerHTML.slice(0, 120));
    }
    return out;
  });
  assert.deepEqual(unnamed, [], `${label}: controls without a name`);
}

/**
 * English words a person sees in Chinese mode: text on screen, placeholders, tooltips and labels. What
 * people wrote (chat messages, Joy's earlier replies in the language they were asked in, texts on the
 * video) and names (files, Joy, formats, units) are not interface text and are left out.
 */
export async function visibleEnglish(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const { document, window } = globalThis as unknown as { document: Doc; window: Win };
    const CONTENT =
      '.msg-text, .msg-user, .seg-label, .audio-name, .media-name, .upload-name, [data-content]';
    const visible = (element: El) => {
      if (element.getClientRects().length === 0) return false;
      const style = window.getComputedStyle(element);
      return style.visibility !== 'hidden' && style.display !== 'none';
    };
    const found = new Set<string>();
    const check = (text: string, where: string) => {
      // Quoted text is what people typed (a title, a caption), shown inside an interface sentence.
      const stripped = text
        .replace(/“[^”]*”/g, '')
        .replace(/\S+\.(jpe?g|png|heic|heif|wav|mp3|txt|mp4)\b/gi, '')
        .replace(
          /\b(Joy|EN|MP4|MOV|WebM|WebP|JPG|PNG|HEIC|GIF|WAV|MP3|M4A|MB|KB|GB|BPM|fps|LUFS|px|vlog|Reels|TikTok|Alt)\b/g,
          '',
        );
      for (const word of stripped.match(/[A-Za-z]{2,}/g) ?? [])
        found.add(`${word} (${where}: ${text.trim().slice(0, 60)})`);
    };
    for (const element of document.querySelectorAll('body *')) {
      if (!visible(element) || element.closest(CONTENT)) continue;
      for (const node of Array.from(element.childNodes)) {
        if (node.nodeType === 3 && node.textContent?.trim())
          check(node.textContent, element.tagName.toLowerCase());
      }
      for (const attribute of ['placeholder', 'title', 'aria-label']) {
        const value = element.getAttribute(attribute);
        if (value && !(attribute === 'title' && element.closest('.seg-video'))) check(value, attribute);
      }
    }
    return [...found];
  });
}

/** The focused element is on screen and not under anything stuck to the top (header, phone player). */
export async function assertFocusNotHidden(page: Page, label: string): Promise<void> {
  const result = await page.evaluate(() => {
    const { document, window } = globalThis as unknown as { document: Doc; window: Win };
    const active = document.activeElement;
    if (!active) return 'nothing focused';
    const box = active.getBoundingClientRect();
    let covered = 0;
    for (const sticky of document.querySelectorAll('[data-sticky]')) {
      // Only what sticks over the page counts, and only above the focused element's own column.
      const bar = sticky.getBoundingClientRect();
      const stuck = ['sticky', 'fixed'].includes(window.getComputedStyle(sticky).position);
      if (!stuck || bar.right <= box.left || bar.left >= box.right) continue;
      if (sticky.getBoundingClientRect().height === 0 || sticky === active || sticky.closest('*') === null)
        continue;
      // The focused element inside a sticky bar is not hidden by it.
      let inside = false;
      for (let node: El | null = active; node; node = node.parentElement) if (node === sticky) inside = true;
      if (!inside) covered = Math.max(covered, sticky.getBoundingClientRect().bottom);
    }
    if (box.top < covered - 1)
      return `${active.tagName} top ${Math.round(box.top)} is under a sticky bar ending at ${Math.round(covered)}`;
    if (box.bottom > window.innerHeight + 1)
      return `${active.tagName} bottom ${Math.round(box.bottom)} is below the viewport`;
    return '';
  });
  assert.equal(result, '', `${label}: focus hidden`);
}

/**
 * The last element `selector` matches (the newest reply, say) is on screen: below whatever sticks to the
 * top over its column (header, a stuck player) and above the bottom of the viewport.
 */
export async function assertInView(page: Page, selector: string, label: string): Promise<void> {
  const result = await page.evaluate((query) => {
    const { document, window } = globalThis as unknown as { document: Doc; window: Win };
    const element = Array.from(document.querySelectorAll(query)).pop();
    if (!element) return `no ${query}`;
    const box = element.getBoundingClientRect();
    let covered = 0;
    for (const sticky of document.querySelectorAll('[data-sticky]')) {
      const bar = sticky.getBoundingClientRect();
      const stuck = ['sticky', 'fixed'].includes(window.getComputedStyle(sticky).position);
      if (!stuck || bar.height === 0 || bar.right <= box.left || bar.left >= box.right) continue;
      if (bar.top <= 1) covered = Math.max(covered, bar.bottom);
    }
    if (box.top < covered - 1)
      return `top ${Math.round(box.top)} is under a sticky bar ending at ${Math.round(covered)}`;
    if (box.bottom > window.innerHeight + 1)
      return `bottom ${Math.round(box.bottom)} is below the viewport (${window.innerHeight})`;
    return '';
  }, selector);
  assert.equal(result, '', `${label}: ${selector} not in view`);
}

/** Each visible element matched is at least `min` CSS px wide and tall (a finger's tap target). */
export async function assertTapTargets(page: Page, selector: string, label: string, min = 44): Promise<void> {
  const small = await page.evaluate(
    ({ query, min }) => {
      const { document } = globalThis as unknown as { document: Doc };
      const out: string[] = [];
      for (const element of document.querySelectorAll(query)) {
        const box = element.getBoundingClientRect();
        if (box.width === 0 && box.height === 0) continue;
        if (box.width < min - 0.5 || box.height < min - 0.5)
          out.push(
            `${element.getAttribute('aria-label') ?? element.textContent?.trim()} ${Math.round(box.width)}×${Math.round(box.height)}`,
          );
      }
      return out;
    },
    { query: selector, min },
  );
  assert.deepEqual(small, [], `${label}: tap targets under ${min} px`);
}

/** Each timeline row has its own label icon, drawn inside the row's height. */
export async function assertTrackLabelsAligned(page: Page, label: string): Promise<void> {
  const rows = await page.evaluate(() => {
    const { document } = globalThis as unknown as { document: Doc };
    return (['video', 'text', 'audio'] as const).map((key) => {
      const row = document.querySelector(`.tl-row.tl-${key}`)?.getBoundingClientRect();
      const icon = document.querySelector(`.tl-label-${key} .icon`)?.getBoundingClientRect();
      return {
        key,
        row: row && [Math.round(row.top), Math.round(row.bottom)],
        icon: icon && [Math.round(icon.top), Math.round(icon.bottom), Math.round(icon.width)],
      };
    });
  });
  for (const { key, row, icon } of rows) {
    const [rowTop = 0, rowBottom = 0] = row ?? [];
    const [iconTop = 0, iconBottom = 0, iconWidth = 0] = icon ?? [];
    assert.ok(row && icon, `${label}: the ${key} row and its label icon exist`);
    assert.ok(
      iconWidth > 0 && iconTop >= rowTop && iconBottom <= rowBottom,
      `${label}: the ${key} label icon ${JSON.stringify(icon)} is inside its row ${JSON.stringify(row)}`,
    );
  }
}
