import { PNG } from "pngjs";

export interface DecodedPng {
  width: number;
  height: number;
  /** [r, g, b, a] of the pixel at (x, y). */
  at(x: number, y: number): [number, number, number, number];
}

/** Decodes a PNG (throws on anything else): how tests read what the bot drew. */
export function decodePng(bytes: Buffer): DecodedPng {
  const png = PNG.sync.read(bytes);
  return {
    width: png.width,
    height: png.height,
    at(x, y) {
      const i = (png.width * Math.round(y) + Math.round(x)) * 4;
      const d = png.data;
      return [d[i]!, d[i + 1]!, d[i + 2]!, d[i + 3]!];
    },
  };
}

/** Close to `hex` ("#0072B2") within `tolerance` on every channel. */
export function near(pixel: readonly number[], hex: string, tolerance = 40): boolean {
  const rgb = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
  return rgb.every((value, i) => Math.abs(value - pixel[i]!) <= tolerance);
}
