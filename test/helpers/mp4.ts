import { closeSync, openSync, readSync, statSync } from 'node:fs';

/** Top-level MP4 box types in file order — `moov` before `mdat` means the file starts playing at once. */
export function topLevelBoxes(path: string): string[] {
  const fd = openSync(path, 'r');
  const size = statSync(path).size;
  const boxes: string[] = [];
  const header = Buffer.alloc(16);
  let offset = 0;
  try {
    while (offset + 8 <= size && boxes.length < 64) {
      readSync(fd, header, 0, 16, offset);
      let length = header.readUInt32BE(0);
      const type = header.toString('latin1', 4, 8);
      if (length === 1) length = Number(header.readBigUInt64BE(8));
      if (length === 0) length = size - offset;
      if (length < 8) break;
      boxes.push(type);
      offset += length;
    }
  } finally {
    closeSync(fd);
  }
  return boxes;
}
