// Joy as a library: two photos in, an MP4 out. Run it from a project that has Joy installed:
//   node library.mjs [photo ...] [--out video.mp4]
// With no photos it uses two of the example photos that ship with the package.
import { fileURLToPath } from 'node:url';
import { catalog, JoyError, makeVideo } from 'joy';

const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const output = outAt >= 0 ? args.splice(outAt, 2)[1] : 'library-example.mp4';
const photos =
  args.length > 0
    ? args
    : ['rocket.jpg', 'astronaut.jpg'].map((name) =>
        fileURLToPath(new URL(`./photos/${name}`, import.meta.url)),
      );

try {
  const made = await makeVideo(photos, {
    output,
    aspect: '16:9',
    resolution: '720p',
    secondsPerPhoto: 1.5,
    transition: catalog.transitions.find('crossfade').name,
    quality: 'draft',
    analyse: false,
    onMessage: (line) => console.error(line),
  });
  const { width, height, durationMs } = made.result;
  console.log(JSON.stringify({ output: made.result.output, width, height, durationMs }));
} catch (error) {
  if (error instanceof JoyError) {
    console.error(`${error.code}: ${error.message}${error.hint ? ` (${error.hint})` : ''}`);
    process.exit(1);
  }
  throw error;
}
