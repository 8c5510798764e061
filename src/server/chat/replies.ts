/**
 * The chat's own sentences (the director's replies come with its result), in English and Chinese, in
 * one table so they move to the message catalogue as one piece.
 */
export type ChatLang = string;

const pick = (lang: ChatLang, en: string, zh: string): string => (lang === 'zh' ? zh : en);

export const chatReplies = {
  shutdown: 'The service is restarting; this turn ended early. Ask again in a moment.',
  internal: 'Something went wrong on the server; the draft was not changed.',
  timeout: 'This turn took too long and was stopped. A render it started goes on; ask for the status later.',
  latestExport: (lang: ChatLang, id: string, status: string, link: string) =>
    pick(lang, ` Latest export ${id}: ${status}${link}.`, ` 最近一次导出 ${id}：${status}${link}。`),
  nothingToExport: (lang: ChatLang) =>
    pick(
      lang,
      'There is nothing to export yet: upload photos and ask me to make a video first.',
      '还没有可以导出的内容：请先上传照片，然后说“做成视频”。',
    ),
  rendering: (lang: ChatLang, percent: number) => `${pick(lang, 'Rendering…', '渲染中…')} ${percent}%`,
  exportReady: (lang: ChatLang, size: string, url: string | undefined, renderId: string) =>
    pick(
      lang,
      `Your video is ready (${size}): ${url}. Download it with any HTTP client; render id ${renderId}.`,
      `视频已完成（${size}）：${url} ，可直接下载；渲染编号 ${renderId}。`,
    ),
  exportFailed: (lang: ChatLang, error: string | undefined) =>
    pick(
      lang,
      `The export failed: ${error ?? 'unknown error'}. The draft is unchanged; ask again to retry.`,
      `导出失败：${error ?? '未知错误'}。草稿没有改变，可以再试一次。`,
    ),
};
