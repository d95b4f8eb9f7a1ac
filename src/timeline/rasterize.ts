import { createRequire } from "node:module";
import type { ResvgRenderOptions } from "@resvg/resvg-js";

const require = createRequire(import.meta.url);

/**
 * The fonts come from an npm package by file path and system fonts are never loaded, so the
 * picture is the same on every host and in the slim Docker image, which has no fonts at all.
 */
export function fontFiles(): string[] {
  return ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf"].map((file) =>
    require.resolve(`dejavu-fonts-ttf/ttf/${file}`),
  );
}

/** SVG → PNG at the SVG's own size (the timeline is drawn 1200 px wide). */
export type Rasterize = (svg: string) => Promise<Buffer>;

/**
 * Rendering runs on libuv's thread pool, so a picture never holds up other requests' acks. The
 * native rasteriser is loaded on the first picture: most replicas never draw one, and it is not
 * worth its memory and start-up time to every process.
 */
export function createRasterizer(fonts: readonly string[] = fontFiles()): Rasterize {
  const options: ResvgRenderOptions = {
    font: { loadSystemFonts: false, fontFiles: [...fonts], defaultFontFamily: "DejaVu Sans" },
    shapeRendering: 2,
    textRendering: 1,
  };
  let resvg: Promise<typeof import("@resvg/resvg-js")> | undefined;
  return async (svg) => {
    resvg ??= import("@resvg/resvg-js");
    return (await (await resvg).renderAsync(svg, options)).asPng();
  };
}
