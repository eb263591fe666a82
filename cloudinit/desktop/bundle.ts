import { invalid } from "../private/errors";

/**
 * An optional set of desktop applications, installed from the distribution on both Ubuntu 24.04 and Debian 13.
 *
 * Enum-like: use the static members, e.g. `bundles: [Bundle.OFFICE, Bundle.PODCASTS]`. Each bundle names logical
 * packages of `cloudinit/package-table.ts`, so the per-OS package names live in one place.
 */
export class Bundle {
  /** Office suite (LibreOffice Writer, Calc, Impress) and a PDF viewer. */
  public static readonly OFFICE = new Bundle("office", "Office suite and PDF viewer", ["libreoffice", "pdf-viewer"]);
  /** Podcast client (gPodder) and media player (VLC). */
  public static readonly PODCASTS = new Bundle("podcasts", "Podcast client and media player", ["gpodder", "vlc"]);
  /** Git, compilers and make, Python virtual environments, a programmer's editor (Geany). */
  public static readonly DEVELOPMENT = new Bundle("development", "Software development tools",
    ["git", "build-essential", "python3-venv", "geany"]);
  /** Educational software: GCompris (children's activities), KGeography, Kalzium (periodic table). */
  public static readonly EDUCATION = new Bundle("education", "Educational software", ["gcompris-qt", "kgeography", "kalzium"]);
  /** Small desktop games: patience, minesweeper, sudoku. */
  public static readonly GAMES = new Bundle("games", "Card and puzzle games", ["kpat", "kmines", "ksudoku"]);
  /** Image editing (GIMP) and vector drawing (Inkscape). */
  public static readonly GRAPHICS = new Bundle("graphics", "Image editing and vector drawing", ["gimp", "inkscape"]);

  /** Every bundle, in a fixed order. */
  public static all(): readonly Bundle[] {
    return [Bundle.OFFICE, Bundle.PODCASTS, Bundle.DEVELOPMENT, Bundle.EDUCATION, Bundle.GAMES, Bundle.GRAPHICS];
  }

  /** Looks a bundle up by its {@link Bundle.id}, e.g. `"office"` (for settings read from text). */
  public static fromId(id: string): Bundle {
    const found = Bundle.all().find((b) => b.id === id);
    if (!found) {
      throw invalid("bundle", id, "is not a known bundle", `Use one of ${Bundle.all().map((b) => b.id).join(", ")}.`);
    }
    return found;
  }

  private constructor(
    /** Identifier, e.g. `"office"`. */
    public readonly id: string,
    /** One-line description. */
    public readonly description: string,
    /** Logical package names (rows of the package table). */
    public readonly packages: readonly string[],
  ) {}

  /** The identifier. */
  public toString(): string {
    return this.id;
  }
}
