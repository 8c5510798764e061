import type { Command } from 'commander';
import { phrasedError } from '../../errors.js';
import { phrase } from '../../messages/index.js';
import { getTrack, listTracks, type TrackInfo, trackFile } from '../../music/index.js';
import { say } from '../lang.js';
import { reportError } from '../output.js';

function seconds(ms: number): string {
  return `${Math.round(ms / 1000)} s`;
}

/** One line a track: id, title, tempo, length and moods in both languages. */
export function formatTracks(tracks: readonly TrackInfo[]): string {
  const width = Math.max(...tracks.map((track) => track.id.length)) + 2;
  const lines = [say('cli.music.header', { n: tracks.length })];
  for (const track of tracks) {
    lines.push(
      `  ${track.id.padEnd(width)}${track.title} / ${track.titleZh}: ${track.bpm} BPM, ${seconds(track.durationMs)}; ${track.moods.en.join(', ')} · ${track.moods.zh.join('、')}`,
    );
  }
  lines.push('', say('cli.music.footer'));
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
          throw phrasedError('not_found', phrase('music.noTrack', { id }), {
            hint: phrase('music.noTrack.hint', {
              ids: listTracks()
                .map((t) => t.id)
                .join(', '),
            }),
          });
        }
        if (options.file) {
          if (!track) throw phrasedError('invalid_input', phrase('music.nameTrack'));
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
