package dev.interviewkit.render;

import dev.interviewkit.api.doc.Logo;

/**
 * The organisation's place in the running header, the same in PDF and Word: the logo at the
 * right margin, at most {@link #LOGO_HEIGHT} high and {@link #LOGO_MAX_WIDTH} wide, its aspect
 * kept, and the organisation's name to its left.
 */
public final class Letterhead {

  /** The logo's height in points, unless its width limit makes it smaller. */
  public static final float LOGO_HEIGHT = 16f;
  /** The widest a logo is printed, in points. */
  public static final float LOGO_MAX_WIDTH = 96f;
  /** The space between the name and the logo, in points. */
  public static final float GAP = 4f;

  private Letterhead() {}

  /** The logo's printed width and height in points. */
  public static float[] size(Logo logo) {
    float width = (float) (LOGO_HEIGHT * logo.aspectRatio());
    if (width <= LOGO_MAX_WIDTH) {
      return new float[] {width, LOGO_HEIGHT};
    }
    return new float[] {LOGO_MAX_WIDTH, (float) (LOGO_MAX_WIDTH / logo.aspectRatio())};
  }
}
