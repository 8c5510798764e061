import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { deflateSync } from 'node:zlib';

/**
 * Files an attacker would upload, generated small in the test: each tries to make FFmpeg or an image
 * decoder reach the network (a loopback listener counts the attempts) or exhaust memory.
 */

/** A loopback HTTP listener that records every connection; a bound Joy must leave it at zero. */
export interface Canary {
  url: string;
  connections: () => number;
  close: () => Promise<void>;
}

export async function startCanary(): Promise<Canary> {
  let connections = 0;
  const server: Server = createServer((_request, response) => {
    response.writeHead(404).end();
  });
  server.on('connection', () => {
    connections++;
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    connections: () => connections,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * A valid MPEG-1 layer III frame header (128 kbit/s, 44.1 kHz) and a body without NUL bytes, 417 bytes:
 * FFmpeg's text probes stop at the first NUL, so the manifest after these frames stays visible to them.
 */
function mp3Frame(): Buffer {
  const frame = Buffer.alloc(417, 0x20);
  frame.set([0xff, 0xfb, 0x90, 0x64]);
  return frame;
}

function id3Tag(body: Buffer = Buffer.alloc(0)): Buffer {
  const size = body.length;
  const header = Buffer.from([
    0x49,
    0x44,
    0x33,
    4,
    0,
    0,
    (size >> 21) & 0x7f,
    (size >> 14) & 0x7f,
    (size >> 7) & 0x7f,
    size & 0x7f,
  ]);
  return Buffer.concat([header, body]);
}

function hlsPlaylist(url: string): string {
  return `#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:2\n#EXTINF:2.0,\n${url}/segment.ts\n#EXT-X-ENDLIST\n`;
}

function dashManifest(url: string): string {
  return (
    '<MPD xmlns="urn:mpeg:dash:schema:mpd:2011" type="static" mediaPresentationDuration="PT2S" ' +
    'minBufferTime="PT1S" profiles="urn:mpeg:dash:profile:isoff-on-demand:2011"><Period><AdaptationSet ' +
    'mimeType="audio/mp4"><Representation id="a" bandwidth="64000" codecs="mp4a.40.2">' +
    `<BaseURL>${url}/audio.mp4</BaseURL><SegmentBase indexRange="0-100"/></Representation>` +
    '</AdaptationSet></Period></MPD>\n'
  );
}

function pngChunk(type: string, data: Buffer, crc?: number): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const sum = Buffer.alloc(4);
  sum.writeUInt32BE(crc ?? crc32(body));
  return Buffer.concat([length, body, sum]);
}

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** A PNG header claiming width×height with one tiny compressed IDAT (a decompression bomb's shape). */
export function pixelBombPng(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale
  const rows = Buffer.alloc(Math.min(height, 64) * (width + 1));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', deflateSync(rows)),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A GIF header announcing `frames` tiny frames (each a 1×1 image). */
export function manyFrameGif(frames: number): Buffer {
  const header = Buffer.from('GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff', 'latin1');
  const loop = Buffer.from('!\xff\x0bNETSCAPE2.0\x03\x01\x00\x00\x00', 'latin1');
  const frame = Buffer.from(
    '!\xf9\x04\x00\x01\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00',
    'latin1',
  );
  return Buffer.concat([header, loop, ...Array.from({ length: frames }, () => frame), Buffer.from(';')]);
}

/** A tiny valid PNG, then broken copies: cut short, and with a wrong CRC in IHDR. */
export function brokenPngs(): { truncated: Buffer; badCrc: Buffer } {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(64, 0);
  ihdr.writeUInt32BE(64, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const rows = Buffer.alloc(64 * (64 * 3 + 1), 0x80);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const idat = pngChunk('IDAT', deflateSync(rows));
  const whole = Buffer.concat([signature, pngChunk('IHDR', ihdr), idat, pngChunk('IEND', Buffer.alloc(0))]);
  return {
    truncated: whole.subarray(0, signature.length + 25 + Math.floor(idat.length / 3)),
    badCrc: Buffer.concat([
      signature,
      pngChunk('IHDR', ihdr, 0x12345678),
      idat,
      pngChunk('IEND', Buffer.alloc(0)),
    ]),
  };
}

/** An AVI whose subtitle stream carries a GAB2 payload holding an HLS playlist. */
function gab2Avi(url: string): Buffer {
  const chunk = (id: string, data: Buffer) => {
    const size = Buffer.alloc(4);
    size.writeUInt32LE(data.length);
    return Buffer.concat([
      Buffer.from(id, 'latin1'),
      size,
      data,
      data.length % 2 ? Buffer.alloc(1) : Buffer.alloc(0),
    ]);
  };
  const list = (type: string, ...items: Buffer[]) =>
    chunk('LIST', Buffer.concat([Buffer.from(type, 'latin1'), ...items]));
  const avih = Buffer.alloc(56);
  avih.writeUInt32LE(40000, 0);
  avih.writeUInt32LE(1, 16); // total frames
  avih.writeUInt32LE(1, 24); // streams
  const strh = Buffer.alloc(56);
  strh.write('txts', 0, 'latin1');
  strh.writeUInt32LE(1, 20); // scale
  strh.writeUInt32LE(1, 24); // rate
  strh.writeUInt32LE(1, 32); // length
  const name = Buffer.from('x\0', 'latin1');
  const playlist = Buffer.from(hlsPlaylist(url));
  const gab2 = Buffer.concat([
    Buffer.from('GAB2\0', 'latin1'),
    Buffer.from([2, 0]),
    Buffer.from([name.length, 0, 0, 0]),
    name,
    Buffer.from([4, 0]),
    Buffer.from([playlist.length & 0xff, (playlist.length >> 8) & 0xff, 0, 0]),
    playlist,
  ]);
  const hdrl = list(
    'hdrl',
    chunk('avih', avih),
    list('strl', chunk('strh', strh), chunk('strf', Buffer.alloc(0))),
  );
  const movi = list('movi', chunk('00st', gab2));
  const body = Buffer.concat([Buffer.from('AVI ', 'latin1'), hdrl, movi]);
  return chunk('RIFF', body);
}

export interface CraftedFile {
  /** What it is, for the test's name. */
  what: string;
  /** The name it is uploaded under. */
  name: string;
  bytes: Buffer;
  /** True when a content check alone must refuse it (FFmpeg never sees it). */
  refusedBySniff: boolean;
}

/** The network-reaching set: each names the listener's URL somewhere FFmpeg would follow it. */
export function networkFiles(url: string): CraftedFile[] {
  const frames = Buffer.concat([mp3Frame(), mp3Frame(), mp3Frame()]);
  return [
    {
      what: 'DASH manifest behind an XML prologue and MP3 frame headers',
      name: 'song.mp3',
      bytes: Buffer.concat([
        Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?>\n<!--'),
        frames,
        Buffer.from('-->\n'),
        Buffer.from(dashManifest(url)),
      ]),
      refusedBySniff: true,
    },
    {
      what: 'HLS playlist wrapped in ID3',
      name: 'track.mp3',
      bytes: Buffer.concat([id3Tag(Buffer.alloc(16)), Buffer.from(hlsPlaylist(url))]),
      refusedBySniff: true,
    },
    {
      what: 'HLS playlist named .mp4',
      name: 'clip.mp4',
      bytes: Buffer.from(hlsPlaylist(url)),
      refusedBySniff: true,
    },
    {
      what: 'ffconcat script',
      name: 'clip.mov',
      bytes: Buffer.from(`ffconcat version 1.0\nfile '${url}/a.mp4'\nfile '/etc/passwd'\n`),
      refusedBySniff: true,
    },
    {
      what: 'AVI whose GAB2 subtitle holds an HLS playlist',
      name: 'movie.avi',
      bytes: gab2Avi(url),
      refusedBySniff: false,
    },
    {
      what: 'SVG named .jpg',
      name: 'photo.jpg',
      bytes: Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg"><image href="${url}/x.png"/></svg>`),
      refusedBySniff: true,
    },
    {
      what: 'HTML named .jpg',
      name: 'photo2.jpg',
      bytes: Buffer.from(`<!DOCTYPE html><html><img src="${url}/x.png"></html>`),
      refusedBySniff: true,
    },
    {
      what: 'PHP named .jpg',
      name: 'photo3.jpg',
      bytes: Buffer.from(`<?php file_get_contents('${url}/x'); ?>`),
      refusedBySniff: true,
    },
  ];
}
