import type { Texts } from './types.js';

/** The service's own chat replies around a turn: export progress, results and failures. */
export const en = {
  'reply.latestExport': 'Latest export {id}: {status}{link}.',
  'reply.nothingToExport': 'There is nothing to export yet: upload photos and ask me to make a video first.',
  'reply.rendering': 'Rendering… {pct}%',
  'reply.exportReady':
    'Your video is ready ({size}): {url}. Download it with any HTTP client; render id {id}.',
  'reply.exportFailed': 'The export failed: {error}. The draft is unchanged; ask again to retry.',
  'reply.exportGoesOn':
    'The export goes on while the page is away ({id}); the Export panel shows it, with its download link when it is ready.',
  'reply.unknownError': 'unknown error',
} as const;

export const zh: Texts<keyof typeof en> = {
  'reply.latestExport': '最近一次导出 {id}：{status}{link}。',
  'reply.nothingToExport': '还没有可以导出的内容：请先上传照片，然后说“做成视频”。',
  'reply.rendering': '渲染中… {pct}%',
  'reply.exportReady': '视频已完成（{size}）：{url} ，可直接下载；渲染编号 {id}。',
  'reply.exportFailed': '导出失败：{error}。草稿没有改变，可以再试一次。',
  'reply.exportGoesOn': '页面离开后导出仍在继续（{id}）；导出面板会显示进度，完成后可在那里下载。',
  'reply.unknownError': '未知错误',
};
