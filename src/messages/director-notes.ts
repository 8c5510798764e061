import type { Texts } from './types.js';

/**
 * The director's explanations when a request cannot be done as asked (or only partly), and what to say
 * instead: one key per situation, said in the language of the message (`note(key, vars)` in
 * src/director/rules/types.ts).
 */
export const en = {
  'note.create.noPhotos':
    'There are no photos to make a video from yet; upload some photos (or clips) first.',
  'note.beats.noPhotos': 'There are no photos in the video yet, so there is nothing to cut on the beat.',
  'note.beats.noMusic': 'There is no music yet: add a song first, then I can put the cuts on its beat.',
  'note.beats.noBeatData':
    "I have no beat data for {name} (it was not analysed, or it has no steady beat), so I can't cut on its beat.",
  'note.theMusic': 'the music',
  'note.curation.noneFound': 'None of the photos looks {what}, so none was removed.',
  'note.curation.notAnalysed': "The photos have not been analysed, so I can't tell which are {what}.",
  'note.curation.allFlagged': 'Every photo is flagged; I kept them all rather than leave the video empty.',
  'note.curation.duplicate': 'near-duplicate',
  'note.curation.blurry': 'blurred',
  'note.curation.both': 'near-duplicate or blurred',
  'note.format.canvasRange': 'The canvas can be 16 to 4096 pixels on each side.',
  'note.format.unknownAspect': "I can't make it {name}; the aspects I know are {list}.",
  'note.format.fpsRange': 'The frame rate can be 1 to 120 fps.',
  'note.format.noGif': 'Joy exports MP4 (H.264) videos, not GIFs.',
  'note.share.name.shorts': 'YouTube Shorts',
  'note.share.name.reels': 'Instagram Reels',
  'note.share.name.tiktok': 'TikTok',
  'note.share.name.instagram': 'Instagram',
  'note.share.name.youtube': 'YouTube',
  'note.share.name.rednote': 'RedNote',
  'note.share.name.otherApp': 'that app',
  'note.share.say.shorts': 'make it for YouTube Shorts',
  'note.share.say.reels': 'make it for Reels',
  'note.share.say.tiktok': 'make it for TikTok',
  'note.share.say.instagram': 'make it for the Instagram feed',
  'note.share.say.youtube': 'make it for YouTube',
  'note.share.say.rednote': 'make it 3:4',
  'note.share.say.vertical': 'make it vertical',
  'note.share.say.square': 'make it square',
  'note.share.cannotPost':
    "I can't post it for you: Joy has no access to your accounts. Export the video (say “export”) and upload it to {platform} yourself; to shape it for that, say “{say}” ({aspect}).",
  'note.look.unknown': 'There is no {name} look; I can use {list}.',
  'note.look.wholeVideo': "A look colours the whole video; I can't give one photo a different look.",
  'note.transition.noVideoFade':
    "I can't fade the whole video in or out at its start or end yet (transitions only go between photos), so I left the transitions as they are. I can fade the music out (“fade the music out at the end”).",
  'note.look.noneToStrengthen':
    'The video has no look yet, so there is nothing to make stronger or weaker; name one first, such as {list}.',
  'note.look.strengthAlready': 'The look is already at {pct}%.',
  'note.simplify.already':
    'It is already plain: cuts or crossfades, gentle or no camera moves, and no punchy colour look.',
  'note.look.notInstalled': 'There is no {name} look installed yet; the looks I can use are {list}.',
  'note.motion.unknown': 'There is no {name} motion; I can use {list}.',
  'note.motion.noShake':
    'There is no camera shake: every move is smooth so a photo never judders. The closest is {name}, a slow handheld-like float; say “use drift” to put it on.',
  'note.text.noFont':
    'Joy has no handwriting or other fonts to choose from: a text changes look by its style ({list}), its colour, size and place.',
  'note.photo.noCutout':
    'Joy cannot cut a subject out of a photo or remove what is behind it; it shows each photo whole or cropped, with its own blur, a colour or black behind the edges.',
  'note.photo.noRetouch':
    'Joy cannot remove or change things inside a photo (people, objects, the sky): it shows each photo as it was taken. I can crop it tighter (fit cover), remove the whole photo, or move it.',
  'note.edit.noSplitEdit':
    'Joy has no J-cuts or L-cuts: photos have no sound of their own and the music plays under the whole video, so no sound can lead into a photo or trail past a cut. To soften a cut, ask for a crossfade there (“crossfade between photo 2 and 3”).',
  'note.edit.noPictureInPicture':
    'Joy shows one photo at a time, filling the picture: there is no picture-in-picture or split screen. A photo can be shown whole on a blurred or coloured background instead (say “show the whole photo”).',
  'note.edit.noKeyframes':
    'Joy has no keyframes to set by hand: each photo has one camera move (a zoom, a pan, a drift …) from its start to its end, with a strength and an easing to choose.',
  'note.edit.noSpeedRamp':
    'Joy has no speed ramps: a photo’s camera move runs at one steady pace. I can make a photo longer or shorter, or its move stronger or gentler.',
  'note.audio.noVoiceOver':
    'Joy can’t record or add a voice-over: the only sound is one music track under the whole video. I can put the words on screen as a caption or a title instead.',
  'note.text.noAutoSubtitles':
    'Joy can’t make subtitles from speech: there is no voice in the video to listen to. Type the words (say “caption on photo 2: …”) and I’ll add them as captions.',
  'note.audio.noVocalRemoval':
    'Joy can’t take the vocals out of a song. For music without singing, pick a track from the library (say “calm piano music” or “lo-fi music”).',
  'note.audio.noSoundEffects':
    'Joy has no sound effects (a whoosh on a transition, a click, a pop): the only sound is one music track under the whole video. I can change the song, its volume or where it starts.',
  'note.parallax.nothingOff.one': 'That photo does not use parallax, so there is nothing to turn off.',
  'note.parallax.nothingOff.all': 'None of the photos uses parallax, so there is nothing to turn off.',
  'note.parallax.noDown': 'Parallax travels in, left, right or up, not down, so it moves in.',
  'note.parallax.unanalysed.one':
    'Parallax needs photo analysis to find the people to lift off the background, and {name} has not been analysed for people (analysis may still be running, or it was turned off with --no-analyse), so its motion is unchanged. For a plain camera move instead, say “slow zoom” or “push in”.',
  'note.parallax.unanalysed.many':
    'Parallax needs photo analysis to find the people to lift off the background, and these photos have not been analysed for people (analysis may still be running, or it was turned off with --no-analyse), so their motion is unchanged. For a plain camera move instead, say “slow zoom” or “push in”.',
  'note.parallax.noPerson.one':
    '{name} has no clear person to lift off the background ({why}), so parallax would only be a plain camera move; its motion is unchanged. For that camera move, say “push in” or “slow zoom”.',
  'note.parallax.noPerson.picked':
    'None of those photos has a clear person to lift off the background ({list}), so parallax would only be a plain camera move; their motion is unchanged. For that camera move, say “push in” or “slow zoom”.',
  'note.parallax.noPerson.all':
    'None of the photos has a clear person to lift off the background ({list}), so parallax would only be a plain camera move; their motion is unchanged. For that camera move, say “push in” or “slow zoom”.',
  'note.parallax.partial': {
    one: '{n} photo with people now moves in 3D ({names}); {skipped} {rest}.',
    other: '{n} photos with people now move in 3D ({names}); {skipped} {rest}.',
  },
  'note.parallax.rest.still.one': 'has no clear person to lift, so it stays still',
  'note.parallax.rest.still.other': 'have no clear person to lift, so they stay still',
  'note.parallax.rest.keeps.one': 'has no clear person to lift, so it keeps its {motion}',
  'note.parallax.rest.keeps.other': 'have no clear person to lift, so they keep their {motion}',
  'note.parallax.currentMotion': 'current motion',
  'note.parallax.why.clip': 'a video clip',
  'note.parallax.why.unanalysed': 'not analysed for people',
  'note.parallax.why.unreliable': 'no reliable person shape',
  'note.parallax.more': '{list} and {n} more',
  'note.parallax.reason.noPeople': 'no people found',
  'note.parallax.reason.noShape': 'no person shape around the faces',
  'note.parallax.reason.tooSmall': 'the people are too small',
  'note.parallax.reason.fill': 'the people fill the photo',
  'note.parallax.reason.faceOutside': 'a face is not inside the person shape',
  'note.parallax.reason.otherShapes': 'other person-like shapes outside the faces',
  'note.parallax.reason.uncertain': 'the outline is uncertain',
  'note.parallax.and': '{list} and {last}',
  'note.music.nothingToRemove': 'There is no music to remove.',
  'note.music.maxVolume': 'Music volume can go up to 200%.',
  'note.music.maxFade': 'A music fade can last at most 60 s.',
  'note.music.startsAt': 'The music now comes in at {s} s.',
  'note.music.startPastEnd':
    'The video is only {length} long, so music coming in at {s} s would never be heard.',
  'note.music.noEnd':
    'The music plays until the video ends; I can fade it out instead (say “fade the music out over 3 seconds”) or make the video shorter.',
  'note.music.notFound.list': "I can't find {name} among the uploads; the audio files are {list}.",
  'note.music.notFound.upload': "I can't find {name} among the uploads; upload it first.",
  'note.music.none.say': 'There is no music yet; say “add music {name}” first.',
  'note.music.none.upload':
    'There is no music yet; say “add background music” for a track from Joy’s own library, or upload a song.',
  'note.music.noBeatCut':
    "I can't cut to the beat yet; I can set the music, its volume and fades, and each photo's length.",
  'note.order.noShuffle':
    "I can't shuffle the photos; I can reverse them, sort them by date, or move, swap and remove photos by number or file name.",
  'note.order.whichSwap': 'Which two photos should I swap? For example “swap photo 1 and 3”.',
  'note.photo.unseen':
    "I can't tell which photo shows the {what} from the file names ({names}); I see names, not pictures. Which one is it? Say its number or name, e.g. “photo 2” or “{example}”.",
  'note.order.notInVideo': 'There is no {name} in the video.',
  'note.photo.noNext': 'There is no next photo: that one is the last in the video.',
  'note.photo.noPrevious': 'There is no photo before it: that one is the first in the video.',
  'note.order.whichRemove':
    'Which photo should I remove? Say its number or file name, e.g. “remove photo 2”.',
  'note.order.notUploaded': "I can't find {name} among the uploads.",
  'note.order.allIn': 'Every uploaded photo is already in the video.',
  'note.order.where': 'Move it where? For example “move photo 3 to the start”.',
  'note.order.how':
    'Tell me how: reverse, sort by date, or move/swap/remove photos by number (there are {n}).',
  'note.style.needsPhotos':
    'Upload some photos first; then “{title}” sets the pacing, motion, transitions, look and music together.',
  'note.text.noneOnPhoto': 'There is no {role} on photo {n}.',
  'note.text.noneAtPlace': 'No text is at the {place} of the picture, so none was removed.',
  'note.text.which': 'Say which text to change: the title or a caption.',
  'note.text.noneYet': "There is no {role} yet; add one first, e.g. add a {role} 'Road Trip'.",
  'note.text.tooLong': 'That {role} has {n} characters; a text can have at most {max}. Say a shorter one.',
  'note.text.whatToSay':
    "What should the {role} say? Put the words in quotes, e.g. add a {role} 'Road Trip'.",
  'note.timing.noPhotos': 'There are no photos in the video yet, so it has no length to change.',
  'note.edit.needsPhotos':
    'There are no photos yet, so there is nothing for that to change. Upload photos first, then say “make a video”.',
  'note.timing.range': 'The video can be 1 second to 1 hour long.',
  'note.timing.minPhoto': 'A photo needs at least 0.3 s.',
  'note.length.notOver': 'The video is {now}, not over {limit}, so I left its length as it is.',
  'note.length.notUnder': 'The video is {now}, not under {limit}, so I left its length as it is.',
  'note.transition.unknown': 'There is no {name} transition yet; I can use {list}.',
  'note.transition.max': 'A transition can last at most 10 s.',
  'note.transition.onlyOne': 'Only {names} is installed, so every transition is the same.',
  'note.restore.never':
    'There was no {what} earlier in this conversation, so there is nothing to bring back.',
  'note.restore.music': 'music',
  'note.restore.title': 'title',
  'note.restore.captions': 'caption',
  'note.restore.endCard': 'end card',
  'note.restore.texts': 'text',
  'note.restore.look': 'filter',
  'note.restore.transitions': 'transition',
  'note.restore.motion': 'camera motion',
} as const;

export const zh: Texts<keyof typeof en> = {
  'note.create.noPhotos': '还没有可用的照片；请先上传照片（或视频片段）。',
  'note.beats.noPhotos': '视频里还没有照片，没法卡点。',
  'note.beats.noMusic': '还没有背景音乐：先加一首歌，我再把切换点对齐到节拍上。',
  'note.beats.noBeatData': '{name}没有节拍数据（没有分析过，或者节奏不明显），所以没法卡点。',
  'note.theMusic': '这段音乐',
  'note.curation.noneFound': '没有发现{what}的照片，所以没有删除。',
  'note.curation.notAnalysed': '这些照片还没有分析过，没法判断哪些是{what}的。',
  'note.curation.allFlagged': '所有照片都被标记了；为了不让视频变空，全部保留。',
  'note.curation.duplicate': '重复',
  'note.curation.blurry': '模糊',
  'note.curation.both': '重复或模糊',
  'note.format.canvasRange': '画布每边只能是 16 到 4096 像素。',
  'note.format.unknownAspect': '不支持 {name} 的比例；可以用 {list}。',
  'note.format.fpsRange': '帧率只能是 1 到 120 fps。',
  'note.format.noGif': 'Joy 导出的是 MP4（H.264）视频，不能导出 GIF。',
  'note.share.name.shorts': 'YouTube Shorts',
  'note.share.name.reels': 'Instagram Reels',
  'note.share.name.tiktok': '抖音',
  'note.share.name.instagram': 'Instagram',
  'note.share.name.youtube': '视频网站',
  'note.share.name.rednote': '小红书',
  'note.share.name.otherApp': '那里',
  'note.share.say.shorts': '改成 YouTube Shorts 格式',
  'note.share.say.reels': '改成 Reels 格式',
  'note.share.say.tiktok': '改成抖音格式',
  'note.share.say.instagram': '改成 Instagram 格式',
  'note.share.say.youtube': '改成横屏',
  'note.share.say.rednote': '改成小红书格式',
  'note.share.say.vertical': '改成竖屏',
  'note.share.say.square': '改成方形',
  'note.share.cannotPost':
    '我没法替你发布：Joy 不能登录你的账号。先导出视频（说“导出”），再自己上传到{platform}；想要适合的画面，可以说“{say}”（{aspect}）。',
  'note.look.unknown': '没有“{name}”滤镜；可以用：{list}。',
  'note.look.wholeVideo': '滤镜作用于整个视频，不能只给部分照片加。',
  'note.transition.noVideoFade':
    '还不能让整个视频在开头淡入或在结尾淡出到黑（转场只在照片之间），所以转场没有改动。可以让音乐在结尾淡出（“音乐结尾淡出”）。',
  'note.look.noneToStrengthen': '视频还没有滤镜，没法调浓或调淡；先选一个吧，比如：{list}。',
  'note.look.strengthAlready': '滤镜已经是 {pct}% 的强度了。',
  'note.simplify.already': '现在已经很朴素了：直接切换或叠化转场，运动很轻或没有，也没有浓烈的滤镜。',
  'note.look.notInstalled': '还没有“{name}”滤镜；目前可以用：{list}。',
  'note.motion.unknown': '没有“{name}”运动效果；可以用：{list}。',
  'note.motion.noShake':
    '没有镜头抖动效果：所有运动都是平滑的，照片不会抖。最接近的是{name}，像手持镜头那样慢慢飘动；说“用漂移”就能加上。',
  'note.text.noFont':
    'Joy 没有手写体或其他字体可选：文字的样子可以换样式（{list}），也可以改颜色、大小和位置。',
  'note.photo.noCutout':
    'Joy 不能把照片里的东西抠出来或去掉背景；照片只能完整显示或裁剪铺满，边上用模糊、纯色或黑色填充。',
  'note.photo.noRetouch':
    'Joy 不能去掉或修改照片里的东西（路人、杂物、天空等），照片会按原样显示。我可以把它裁剪铺满、删掉整张照片，或者调整它的位置。',
  'note.edit.noSplitEdit':
    'Joy 做不了 J-cut 或 L-cut（声音提前进入或延后结束）：照片本身没有声音，音乐贯穿整个视频，所以没有声音能提前或拖过切换点。想让切换柔和些，可以在那里用叠化（“第2张和第3张之间用叠化”）。',
  'note.edit.noPictureInPicture':
    'Joy 一次只显示一张照片、铺满画面：没有画中画或分屏。可以让照片完整显示在模糊或纯色背景上（说“显示整张照片”）。',
  'note.edit.noKeyframes':
    'Joy 没有可以手动设置的关键帧：每张照片从头到尾有一个运动效果（推近、平移、漂移等），可以调强度和缓动。',
  'note.edit.noSpeedRamp':
    'Joy 没有变速（速度坡度）：照片的运动是匀速的。可以把某张照片放长或缩短，或者让运动更明显或更轻。',
  'note.audio.noVoiceOver':
    'Joy 不能录制或添加旁白配音：视频里只有一条贯穿全片的背景音乐。可以把要说的话做成字幕或标题放在画面上。',
  'note.text.noAutoSubtitles':
    'Joy 不能根据语音自动生成字幕：视频里没有人声可以识别。把文字发给我（比如“第2张加字幕：……”），我来加成字幕。',
  'note.audio.noVocalRemoval':
    'Joy 不能去掉歌里的人声。想要没有人声的音乐，可以从曲库里选一首（比如说“换成钢琴曲”或“来点 lo-fi”）。',
  'note.audio.noSoundEffects':
    'Joy 没有音效（转场的“嗖”声、咔嚓声、提示音等）：视频里只有一条贯穿全片的背景音乐。我可以换一首歌、调音量，或者改它开始的位置。',
  'note.parallax.nothingOff.one': '这张照片没有用立体视差，不需要关闭。',
  'note.parallax.nothingOff.all': '没有照片在用立体视差，不需要关闭。',
  'note.parallax.noDown': '立体视差只能向前推进、向左、向右或向上，不能向下，所以用了向前推进。',
  'note.parallax.unanalysed.one':
    '立体视差需要先分析照片、找出能单独抠出来的人物，但{name}还没有分析过人物（可能还在分析中，或者用 --no-analyse 关掉了分析），所以运动效果没有改。想要普通的镜头运动，可以说“慢慢放大”或“推进”。',
  'note.parallax.unanalysed.many':
    '立体视差需要先分析照片、找出能单独抠出来的人物，但这些照片还没有分析过人物（可能还在分析中，或者用 --no-analyse 关掉了分析），所以运动效果没有改。想要普通的镜头运动，可以说“慢慢放大”或“推进”。',
  'note.parallax.noPerson.one':
    '{name}没有能单独抠出来的人物（{why}），立体视差只会是普通的镜头运动，所以运动效果没有改。想要镜头运动，可以说“推进”或“慢慢放大”。',
  'note.parallax.noPerson.picked':
    '这些照片都没有能单独抠出来的人物（{list}），立体视差只会是普通的镜头运动，所以运动效果没有改。想要镜头运动，可以说“推进”或“慢慢放大”。',
  'note.parallax.noPerson.all':
    '所有照片都没有能单独抠出来的人物（{list}），立体视差只会是普通的镜头运动，所以运动效果没有改。想要镜头运动，可以说“推进”或“慢慢放大”。',
  'note.parallax.partial': '{n} 张有人物的照片（{names}）现在有立体视差效果；{skipped}{rest}。',
  'note.parallax.rest.still.one': '没有能单独抠出来的人物，保持静止',
  'note.parallax.rest.still.other': '没有能单独抠出来的人物，保持静止',
  'note.parallax.rest.keeps.one': '没有能单独抠出来的人物，保留原来的{motion}',
  'note.parallax.rest.keeps.other': '没有能单独抠出来的人物，保留原来的{motion}',
  'note.parallax.currentMotion': '运动效果',
  'note.parallax.why.clip': '视频片段',
  'note.parallax.why.unanalysed': '还没分析过人物',
  'note.parallax.why.unreliable': '人物轮廓不可靠',
  'note.parallax.more': '{list} 以及另外 {n} 张',
  'note.parallax.reason.noPeople': '没有找到人',
  'note.parallax.reason.noShape': '脸周围没有完整的人形',
  'note.parallax.reason.tooSmall': '人物太小',
  'note.parallax.reason.fill': '人物几乎占满画面',
  'note.parallax.reason.faceOutside': '有张脸不在人形里',
  'note.parallax.reason.otherShapes': '画面里还有其他像人的形状',
  'note.parallax.reason.uncertain': '人物轮廓不清楚',
  'note.parallax.and': '{list}和{last}',
  'note.music.nothingToRemove': '视频里没有背景音乐。',
  'note.music.maxVolume': '音乐音量最高 200%。',
  'note.music.maxFade': '音乐淡入淡出最长 60 秒。',
  'note.music.startsAt': '音乐从视频第 {s} 秒开始。',
  'note.music.startPastEnd': '视频只有 {length}，音乐从第 {s} 秒才进来就听不到了。',
  'note.music.noEnd': '音乐会一直播放到视频结束；可以改成淡出（比如“音乐淡出3秒”），或者把视频剪短。',
  'note.music.notFound.list': '找不到 {name}；已上传的音频有：{list}。',
  'note.music.notFound.upload': '找不到 {name}；请先上传它。',
  'note.music.none.say': '还没有背景音乐；请先说“加背景音乐 {name}”。',
  'note.music.none.upload': '还没有背景音乐；可以说“加背景音乐”从自带曲库里选一首，或者上传一首歌。',
  'note.music.noBeatCut': '暂时不能卡点剪辑；可以设置音乐、音量、淡入淡出和每张照片的时长。',
  'note.order.noShuffle': '不能随机打乱；可以倒序、按拍摄时间排序，或按序号/文件名移动、交换、删除照片。',
  'note.order.whichSwap': '要交换哪两张？例如“交换第1张和第3张”。',
  'note.photo.unseen':
    '我从文件名（{names}）看不出哪张是{what}——我只能看到文件名，看不到画面。是哪一张？请说序号或文件名，例如“第2张”或“{example}”。',
  'note.order.notInVideo': '视频里没有 {name}。',
  'note.photo.noNext': '没有下一张了：那张已经是视频里的最后一张。',
  'note.photo.noPrevious': '没有上一张了：那张已经是视频里的第一张。',
  'note.order.whichRemove': '要删除哪一张？请说序号或文件名，例如“删除第2张”。',
  'note.order.notUploaded': '已上传的文件里找不到 {name}。',
  'note.order.allIn': '所有已上传的照片都已经在视频里了。',
  'note.order.where': '要移到哪里？例如“把第3张移到最前面”。',
  'note.order.how': '请说明怎么调整：倒序、按时间排序，或按序号移动/交换/删除（共 {n} 张）。',
  'note.style.needsPhotos': '请先上传照片，然后“{title}”风格会一起设置节奏、运动、转场、滤镜和音乐。',
  'note.text.noneOnPhoto': '第{n}张照片上没有{role}。',
  'note.text.noneAtPlace': '画面{place}没有文字，所以没有删除。',
  'note.text.which': '请说明要改哪段文字：标题还是字幕。',
  'note.text.noneYet': '还没有{role}；请先添加，例如：加{role}：我们的夏天。',
  'note.text.tooLong': '这段{role}有 {n} 个字符，文字最多 {max} 个。请换一段短一点的。',
  'note.text.whatToSay': '{role}要写什么？请加上内容，例如：加{role}：我们的夏天。',
  'note.timing.noPhotos': '视频里还没有照片，没法调整时长。',
  'note.edit.needsPhotos': '还没有照片，这个改动没有可改的地方。请先上传照片，然后说“做成视频”。',
  'note.timing.range': '视频时长只能在 1 秒到 1 小时之间。',
  'note.timing.minPhoto': '每张照片至少要 0.3 秒。',
  'note.length.notOver': '视频现在是 {now}，没有超过 {limit}，所以时长没有改。',
  'note.length.notUnder': '视频现在是 {now}，并不短于 {limit}，所以时长没有改。',
  'note.transition.unknown': '还没有“{name}”转场；可以用：{list}。',
  'note.transition.max': '转场最长 10 秒。',
  'note.transition.onlyOne': '目前只有 {names}，所以转场都一样。',
  'note.restore.never': '之前的版本里没有{what}，没有可以加回来的。',
  'note.restore.music': '音乐',
  'note.restore.title': '标题',
  'note.restore.captions': '字幕',
  'note.restore.endCard': '片尾文字',
  'note.restore.texts': '文字',
  'note.restore.look': '滤镜',
  'note.restore.transitions': '转场',
  'note.restore.motion': '运动效果',
};
