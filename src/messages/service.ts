import type { Texts } from './types.js';

/** The service's answers about its own links (a file asked for without a valid signed link). */
export const en = {
  'link.missing':
    'This file is served only through a signed link: use the URL the API returned (it ends in ?exp=…&sig=…).',
  'link.invalid':
    'This link is not valid: its signature does not match. Use the URL the API returned, unchanged.',
  'link.expired':
    'This link expired at {at}. Read the session state or the render status again for a fresh link.',
} as const;

export const zh: Texts<keyof typeof en> = {
  'link.missing': '这个文件只能通过签名链接访问：请使用接口返回的网址（以 ?exp=…&sig=… 结尾）。',
  'link.invalid': '这个链接无效：签名不匹配。请原样使用接口返回的网址。',
  'link.expired': '这个链接已于 {at} 过期。请重新读取会话状态或渲染状态，获取新的链接。',
};
