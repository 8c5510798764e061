#!/usr/bin/env node
// Rebuilds the real photographs under test/fixtures/analyse/ from their public sources (see the README
// there): scikit-image's sample data from Debian's python3-skimage package, and a group photo from the
// demo folder of the @vladmandic/face-api npm package. Needs apt-get and dpkg-deb (Debian/Ubuntu).
// Usage: node scripts/fetch-sample-photos.mjs
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import sharp from 'sharp';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, 'test/fixtures/analyse');
const require = createRequire(import.meta.url);
const work = mkdtempSync(join(tmpdir(), 'joy-photos-'));
try {
  execFileSync('apt-get', ['download', 'python3-skimage'], { cwd: work, stdio: 'inherit' });
  const deb = readdirSync(work).find((name) => name.startsWith('python3-skimage_') && name.endsWith('.deb'));
  if (!deb) throw new Error('apt-get did not download python3-skimage');
  execFileSync('dpkg-deb', ['-x', deb, 'x'], { cwd: work });
  const skimage = join(work, 'x/usr/lib/python3/dist-packages/skimage/data');
  const faceApiDemo = join(dirname(require.resolve('@vladmandic/face-api/package.json')), 'demo');
  const photos = [
    ['astronaut.jpg', join(skimage, 'astronaut.png')],
    ['coffee.jpg', join(skimage, 'coffee.png')],
    ['rocket.jpg', join(skimage, 'rocket.jpg')],
    ['chelsea.jpg', join(skimage, 'chelsea.png')],
    ['group.jpg', join(faceApiDemo, 'sample1.jpg')],
  ];
  for (const [name, source] of photos) {
    // Upright, at most 640 px on the long side, no metadata (the group photo's EXIF carries GPS).
    const info = await sharp(source)
      .rotate()
      .resize(640, 640, { fit: 'inside', withoutEnlargement: true })
      .jpeg({ quality: 85, mozjpeg: true })
      .toFile(join(out, name));
    console.log(`${name}: ${info.width}x${info.height}, ${info.size} bytes`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
