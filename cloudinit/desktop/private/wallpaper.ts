import { rejectTokens } from "../../tokens";
import { renderXml, xml } from "../../serializers/xml";
import type { ScreenSize } from "../screen-size";

/** What the wallpaper shows. */
export interface WallpaperContent {
  /** Size of the picture (the screen size). */
  readonly screen: ScreenSize;
  /** The co-working space's name, the large title. */
  readonly spaceName: string;
  /** The space's landing page, shown below the title. */
  readonly landingUrl: string;
  /** This desktop's name, e.g. "Desktop-1", shown small. */
  readonly desktopName: string;
}

/** Font size that lets `chars` characters fit `share` of `width` (DejaVu Sans averages ~0.6 em per character). */
function fit(width: number, chars: number, share: number, max: number): number {
  return Math.max(12, Math.min(max, Math.floor((width * share) / (0.6 * Math.max(chars, 1)))));
}

/**
 * An SVG wallpaper: a dark blue gradient with the space's name, its URL and the desktop's name, centred.
 * Built with the XML serializer, so every text is escaped whatever the branch or space is called.
 */
export function renderWallpaperSvg(c: WallpaperContent): string {
  for (const [field, value] of [["spaceName", c.spaceName], ["landingUrl", c.landingUrl], ["name", c.desktopName]] as const) {
    rejectTokens(`desktop.${field}`, value, "it is drawn into the wallpaper", "Pass a plain string, not a Terraform attribute.");
  }
  const { width, height } = c.screen;
  const cx = Math.round(width / 2);
  const titleSize = fit(width, [...c.spaceName].length, 0.8, Math.round(height * 0.09));
  const urlSize = fit(width, [...c.landingUrl].length, 0.7, Math.round(height * 0.035));
  const nameSize = Math.max(12, Math.round(height * 0.025));
  const titleY = Math.round(height * 0.45);
  const urlY = titleY + Math.round(titleSize * 0.9) + urlSize;
  const nameY = height - Math.round(height * 0.05);
  return renderXml(
    xml("svg", { xmlns: "http://www.w3.org/2000/svg", width, height, viewBox: `0 0 ${width} ${height}` },
      xml("defs", {},
        xml("linearGradient", { id: "bg", x1: 0, y1: 0, x2: 0, y2: 1 },
          xml("stop", { "offset": 0, "stop-color": "#1d3557" }),
          xml("stop", { "offset": 1, "stop-color": "#0b1626" }))),
      xml("rect", { width, height, fill: "url(#bg)" }),
      xml("g", { "font-family": "DejaVu Sans, sans-serif", "text-anchor": "middle" },
        xml("text", { "x": cx, "y": titleY, "font-size": titleSize, "font-weight": "bold", "fill": "#f1faee" }, c.spaceName),
        xml("text", { "x": cx, "y": urlY, "font-size": urlSize, "fill": "#a8dadc" }, c.landingUrl),
        xml("text", { "x": cx, "y": nameY, "font-size": nameSize, "fill": "#8d99ae" }, c.desktopName))),
  );
}
