import type { Texts } from './types.js';

/**
 * The lines the `joy` command prints for a person (its `--help` texts are for developers and stay in
 * English): progress, what it wrote, warnings, the music and style lists, `joy inspect` and `joy doctor`.
 */
export const en = {
  'cli.warning': 'warning: {message}',
  'cli.progress.frames': '{frame}/{frames} frames',
  'cli.progress.left': '{s}s left',
  'cli.progress.line': 'rendering {percent}% ({frames})',
  'cli.wrote': 'Wrote {file} ({width}×{height}, {length} s) in {elapsed} s',
  'cli.draftSaved': 'Draft saved to {file}',
  'cli.saved': 'saved {file}',
  'cli.skipped': 'skipped {file}: {reason}',
  'cli.unknownEffect': '{path} "{name}" is not an effect this Joy knows; drawn as "{drawnAs}"',
  'cli.quality': '--quality must be draft, standard or high (got "{value}").',
  'cli.effects.unknownGroup': 'Unknown effect group "{word}".',
  'cli.effects.unknownGroup.hint':
    'Choose one of: motions, transitions, looks, fits, text-styles, text-animations.',
  'cli.effects.motions': 'Motions ({n})',
  'cli.effects.transitions': 'Transitions ({n})',
  'cli.effects.looks': 'Looks ({n})',
  'cli.effects.fits': 'Fits ({n})',
  'cli.effects.textStyles': 'Text styles ({n})',
  'cli.effects.textAnimations': 'Text animations ({n})',
  'cli.effects.also': 'also: {aliases}',
  'cli.music.header': {
    one: 'Music library ({n} track, made by Joy, free to use)',
    other: 'Music library ({n} tracks, made by Joy, free to use)',
  },
  'cli.music.footer':
    'Say “add lo-fi music” or “加一段欢快的背景音乐” to joy edit; joy music <id> --file renders one.',
  'cli.styles.header': 'Styles ({n}): one word sets pacing, motion, transitions, look, text and music',
  'cli.styles.footer':
    'Say “make it a birthday video” or “做成旅行vlog风格” to joy edit; “undo” takes it back.',
  'cli.styles.line':
    '{seconds} s a photo, {motions}, {transition} {ms} ms, {look} look, {text} text; say: {aliases}',
  'cli.inspect.peopleLayer': 'with people layer',
  'cli.inspect.noPeopleLayer': 'no people layer, moves as one',
  'cli.inspect.facesInFrame': { one: '{n} face in frame', other: '{n} faces in frame' },
  'cli.inspect.facesCut': {
    one: '{n} face: the most prominent kept in frame, {cut} cut by the crop (fit blur shows all)',
    other: '{n} faces: the {kept} most prominent kept in frame, {cut} cut by the crop (fit blur shows all)',
  },
  'cli.inspect.faceKept': {
    one: '{n} face: the most prominent kept in frame, {cut} cut by the crop (fit blur shows all)',
    other: '{n} faces: the most prominent kept in frame, {cut} cut by the crop (fit blur shows all)',
  },
  'cli.inspect.text': 'text',
  'cli.inspect.audio': 'audio {range}  {source} at {volume}%',
  'cli.inspect.total': 'total {length}',
  'cli.inspect.keptLength': '(length set to {length}, kept when transitions change)',
  'cli.inspect.unknownEffect': 'unknown effect: {line}',
  'cli.doctor.media':
    'FFmpeg {version} (libavformat {libavformat}) from npm node-av {nodeAv}: every probe, decode and encode',
  'cli.doctor.encodeOk': 'H.264 + AAC encode works',
  'cli.doctor.encodeFailed': 'failed: {reason}',
  'cli.doctor.noStreams': 'no streams',
  'cli.doctor.sharp': '{sharp} (libvips {vips}); heic via wasm decoder',
  'cli.doctor.analysis':
    'faces (face-api) and people segmentation loaded and ran in {ms} ms, on TensorFlow.js WebAssembly',
} as const;

export const zh: Texts<keyof typeof en> = {
  'cli.warning': '警告：{message}',
  'cli.progress.frames': '{frame}/{frames} 帧',
  'cli.progress.left': '还剩 {s} 秒',
  'cli.progress.line': '渲染中 {percent}%（{frames}）',
  'cli.wrote': '已写入 {file}（{width}×{height}，{length} 秒），用时 {elapsed} 秒',
  'cli.draftSaved': '草稿已保存到 {file}',
  'cli.saved': '已保存 {file}',
  'cli.skipped': '已跳过 {file}：{reason}',
  'cli.unknownEffect': '{path} "{name}" 不是这个 Joy 认识的效果；按 "{drawnAs}" 绘制',
  'cli.quality': '--quality 必须是 draft、standard 或 high（收到的是 "{value}"）。',
  'cli.effects.unknownGroup': '没有 "{word}" 这个效果分组。',
  'cli.effects.unknownGroup.hint': '可选：motions、transitions、looks、fits、text-styles、text-animations。',
  'cli.effects.motions': '运动（{n}）',
  'cli.effects.transitions': '转场（{n}）',
  'cli.effects.looks': '色调（{n}）',
  'cli.effects.fits': '填充方式（{n}）',
  'cli.effects.textStyles': '文字样式（{n}）',
  'cli.effects.textAnimations': '文字动画（{n}）',
  'cli.effects.also': '别名：{aliases}',
  'cli.music.header': { other: '音乐库（{n} 首，Joy 自己制作，可免费使用）' },
  'cli.music.footer':
    '对 joy edit 说“add lo-fi music”或“加一段欢快的背景音乐”；joy music <id> --file 会渲染一首。',
  'cli.styles.header': '风格（{n} 种）：一个词就能定下节奏、运动、转场、色调、文字和音乐',
  'cli.styles.footer': '对 joy edit 说“make it a birthday video”或“做成旅行vlog风格”；“撤销”可以退回。',
  'cli.styles.line':
    '每张照片 {seconds} 秒，{motions}，{transition} {ms} 毫秒，色调 {look}，文字 {text}；可以说：{aliases}',
  'cli.inspect.peopleLayer': '带人物图层',
  'cli.inspect.noPeopleLayer': '没有人物图层，整体移动',
  'cli.inspect.facesInFrame': { other: '{n} 张人脸都在画面内' },
  'cli.inspect.facesCut': {
    other: '{n} 张人脸：最显眼的 {kept} 张保留在画面内，{cut} 张被裁掉（fit blur 可全部显示）',
  },
  'cli.inspect.faceKept': {
    other: '{n} 张人脸：最显眼的一张保留在画面内，{cut} 张被裁掉（fit blur 可全部显示）',
  },
  'cli.inspect.text': '文字',
  'cli.inspect.audio': '音频 {range}  {source}，音量 {volume}%',
  'cli.inspect.total': '总长 {length}',
  'cli.inspect.keptLength': '（时长设为 {length}，改转场时保持不变）',
  'cli.inspect.unknownEffect': '未知效果：{line}',
  'cli.doctor.media':
    'FFmpeg {version}（libavformat {libavformat}），来自 npm node-av {nodeAv}：用于所有探测、解码和编码',
  'cli.doctor.encodeOk': 'H.264 + AAC 编码正常',
  'cli.doctor.encodeFailed': '失败：{reason}',
  'cli.doctor.noStreams': '没有音视频流',
  'cli.doctor.sharp': '{sharp}（libvips {vips}）；HEIC 用 wasm 解码器',
  'cli.doctor.analysis':
    '人脸（face-api）和人物分割已加载并运行，用时 {ms} 毫秒，运行于 TensorFlow.js WebAssembly',
} as const;
