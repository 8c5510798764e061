import type { Command } from 'commander';
import { JoyError } from '../../errors.js';
import { getTrack, listTracks, type TrackInfo, trackFile } from '../../music/index.js';
import { reportError } from '../output.js';

function seconds(ms: number): string {
  return `${Math.round(ms / 1000)} s`;
}

/** One line a track: id, title, tempo, length and moods in both languages. */
export function formatTracks(tracks: readonly TrackInfo[]): string {
  const width = Math.max(...tracks.map((track) => track.id.length)) + 2;
  const lines = [`Music library (${tracks.length} tracks, made by Joy, free to use)`];
  for (const track of tracks) {
    lines.push(
      `  ${track.id.padEnd(width)}${track.title} / ${track.titleZh}: ${track.bpm} BPM, ${seconds(track.durationMs)}; ${track.moods.en.join(', ')} · ${track.moods.zh.join('、')}`,
    );
  }
  lines.push(
    '',
    'Say “add lo-fi music” or “加一段欢快的背景音乐” to joy edit; joy music <id> --file renders one.',
  );
  return `${lines.join('\n')}\n`;
}

/** `joy music [id] [--json] [--file]`: the library, one track, or the path of its rendered audio. */
export function registerMusic(
  program: Command,
  write: (text: string) => void = (text) => process.stdout.write(text),
): Command {
  return program
    .command('music')
    .description("List Joy's own music library (moods, tempo, length), or render one track with --file.")
    .argument('[track]', 'a track id or title')
    .option('--json', 'print the tracks as JSON (with beat grids)')
    .option('--file', "print the path of the track's audio file, rendering it on first use")
    .action((id: string | undefined, options: { json?: boolean; file?: boolean }) => {
      try {
        const track = id === undefined ? undefined : getTrack(id);
        if (id !== undefined && !track) {
          throw new JoyError('not_found', `There is no track "${id}".`, {
            hint: `Choose one of: ${listTracks()
              .map((t) => t.id)
              .join(', ')}.`,
          });
        }
        if (options.file) {
          if (!track)
            throw new JoyError(
              'invalid_input',
              'Name the track to render, e.g. joy music lofi-drift --file.',
            );
          write(`${trackFile(track.id)}\n`);
          return;
        }
        if (options.json) {
          write(`${JSON.stringify(track ?? listTracks(), null, 2)}\n`);
          return;
        }
        write(formatTracks(track ? [track] : listTracks()));
      } catch (error) {
        process.exitCode = reportError(error, Boolean(options.json));
      }
    });
}
