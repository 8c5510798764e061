// Types for heic-decode 2.x (the package ships none).
declare module 'heic-decode' {
  export interface HeicImageData {
    width: number;
    height: number;
    /** RGBA, 4 bytes a pixel, rows packed. */
    data: Uint8ClampedArray;
  }
  export interface HeicImage {
    width: number;
    height: number;
    decode(): Promise<HeicImageData>;
  }
  export type HeicImageList = HeicImage[] & { dispose(): void };
  interface Decode {
    (input: { buffer: Uint8Array | ArrayBuffer }): Promise<HeicImageData>;
    all(input: { buffer: Uint8Array | ArrayBuffer }): Promise<HeicImageList>;
  }
  const decode: Decode;
  export default decode;
}
