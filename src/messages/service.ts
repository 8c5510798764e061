import type { Texts } from './types.js';

/**
 * The service's own sentences: its answers about its own links (a file asked for without a valid signed
 * link), a chat turn that ends early, a request refused while it shuts down, a render queue that does not
 * answer, media a draft may not use, and a worker's shared storage checks.
 */
export const en = {
  'link.missing':
    'This file is served only through a signed link: use the URL the API returned (it ends in ?exp=…&sig=…).',
  'link.invalid':
    'This link is not valid: its signature does not match. Use the URL the API returned, unchanged.',
  'link.expired':
    'This link expired at {at}. Read the session state or the render status again for a fresh link.',
  'service.shuttingDown': 'The service is shutting down; retry in a moment.',
  'service.turn.shutdown': 'The service is restarting; this turn ended early. Ask again in a moment.',
  'service.turn.internal': 'Something went wrong on the server; the draft was not changed.',
  'service.turn.timeout':
    'This turn took too long and was stopped. A render it started goes on; ask for the status later.',
  'service.queueUnavailable':
    'The render queue is unreachable (Redis does not answer); nothing was queued. Try again in a moment.',
  'service.queueUnreachable':
    'The render queue is unreachable (Redis does not answer); try again in a moment.',
  'service.media.notUpload': 'The draft uses media "{uri}", which is not an upload of this session.',
  'service.media.notUpload.hint': 'Upload the file to the session and use its asset:<id> uri.',
  'service.media.outside': 'Media path for "{uri}" is outside the media folder.',
  'service.chunks.missing': 'Chunks {chunks} are missing from the shared storage.',
  'service.storage.noServer':
    'no joy serve has registered its data dir in Redis yet (start joy serve with the same --redis).',
  'service.storage.volumeMissing':
    '{file} is missing: {dir} is not the data dir of joy serve (mount the shared volume there, or pass --data-dir).',
  'service.storage.otherServer':
    "{dir} belongs to another Joy server (volume {found}, the server's is {expected}).",
  'service.storage.unreadable': 'cannot read uploads in {dir}: {reason}',
  'service.storage.unwritable': 'cannot write outputs in {dir}: {reason}',
  'service.upload.broken': 'The upload is not complete multipart data ({reason}); nothing was kept.',
  'service.upload.broken.hint': 'Send the files again in the multipart field "files".',
  'service.upload.stalled': 'The request sent nothing for {s} s and was dropped; nothing of it was kept.',
  'service.upload.stalled.hint': 'Check the connection and send it again.',
  'service.upload.fileTooLarge': '{name} is larger than the {max} limit per file.',
  'service.upload.fileTooLarge.hint': 'Compress or trim it, then upload again.',
  'service.upload.tooManyFiles': 'At most {n} files per upload.',
  'service.upload.tooLarge': 'The upload is {size}; one upload may carry up to {max}.',
  'service.upload.tooLarge.hint': 'Compress or trim the file, or send big files one per upload.',
  'service.upload.noFile': 'No file in the upload: send one or more files in the multipart field "files".',
  'service.request.badJson': 'The request body is not valid JSON: {reason}',
  'service.request.tooLarge': 'The request body is too large.',
  'service.request.tooManyParts': 'Too many parts in the upload: {reason}',
  'service.request.range': 'Range not satisfiable.',
  'service.request.bad': 'Bad request: {reason}',
  'service.request.noRoute': 'No route {method} {path}.',
  'service.internal': 'Internal error.',
} as const;

export const zh: Texts<keyof typeof en> = {
  'link.missing': '这个文件只能通过签名链接访问：请使用接口返回的网址（以 ?exp=…&sig=… 结尾）。',
  'link.invalid': '这个链接无效：签名不匹配。请原样使用接口返回的网址。',
  'link.expired': '这个链接已于 {at} 过期。请重新读取会话状态或渲染状态，获取新的链接。',
  'service.shuttingDown': '服务正在关闭，请稍后重试。',
  'service.turn.shutdown': '服务正在重启，这一轮对话提前结束了。请稍后再说一次。',
  'service.turn.internal': '服务器出了问题，草稿没有改动。',
  'service.turn.timeout': '这一轮用时太久，已经停止。已经开始的渲染会继续，稍后可以问一下进度。',
  'service.queueUnavailable': '渲染队列连不上（Redis 没有响应），没有排队任何任务。请稍后再试。',
  'service.queueUnreachable': '渲染队列连不上（Redis 没有响应），请稍后再试。',
  'service.media.notUpload': '草稿用到的素材“{uri}”不是这个会话上传的文件。',
  'service.media.notUpload.hint': '请把文件上传到这个会话，并使用它的 asset:<id> 地址。',
  'service.media.outside': '素材“{uri}”的路径不在素材文件夹里。',
  'service.chunks.missing': '共享存储里缺少分段 {chunks}。',
  'service.storage.noServer': 'Redis 里还没有 joy serve 登记的数据目录（用同一个 --redis 启动 joy serve）。',
  'service.storage.volumeMissing':
    '缺少 {file}：{dir} 不是 joy serve 的数据目录（把共享卷挂载到这里，或用 --data-dir 指定）。',
  'service.storage.otherServer': '{dir} 属于另一个 Joy 服务（卷 {found}，本服务的卷是 {expected}）。',
  'service.storage.unreadable': '无法读取 {dir} 里的上传文件：{reason}',
  'service.storage.unwritable': '无法在 {dir} 写入输出：{reason}',
  'service.upload.broken': '上传的内容不是完整的 multipart 数据（{reason}），什么也没有保存。',
  'service.upload.broken.hint': '请在 multipart 字段“files”里重新发送文件。',
  'service.upload.stalled': '请求 {s} 秒内没有发送任何内容，已被断开，什么也没有保存。',
  'service.upload.stalled.hint': '请检查网络连接后重新发送。',
  'service.upload.fileTooLarge': '{name} 超过了每个文件 {max} 的上限。',
  'service.upload.fileTooLarge.hint': '请压缩或剪短后重新上传。',
  'service.upload.tooManyFiles': '每次最多上传 {n} 个文件。',
  'service.upload.tooLarge': '这次上传有 {size}，每次上传最多 {max}。',
  'service.upload.tooLarge.hint': '请压缩或剪短文件，或者把大文件分开上传。',
  'service.upload.noFile': '上传里没有文件：请在 multipart 字段“files”里发送一个或多个文件。',
  'service.request.badJson': '请求内容不是有效的 JSON：{reason}',
  'service.request.tooLarge': '请求内容太大了。',
  'service.request.tooManyParts': '上传的部分太多了：{reason}',
  'service.request.range': '请求的范围无法满足。',
  'service.request.bad': '请求有误：{reason}',
  'service.request.noRoute': '没有 {method} {path} 这个接口。',
  'service.internal': '服务器内部错误。',
};
