package dev.interviewkit.api.doc;

/** Page sizes, in PostScript points (1/72 in). */
public enum Paper {
  LETTER(612f, 792f),
  A4(595.28f, 841.89f);

  private final float widthPoints;
  private final float heightPoints;

  Paper(float widthPoints, float heightPoints) {
    this.widthPoints = widthPoints;
    this.heightPoints = heightPoints;
  }

  public float widthPoints() {
    return widthPoints;
  }

  public float heightPoints() {
    return heightPoints;
  }

  /** Width in twentieths of a point, as Word stores it. */
  public int widthTwips() {
    return Math.round(widthPoints * 20);
  }

  /** Height in twentieths of a point, as Word stores it. */
  public int heightTwips() {
    return Math.round(heightPoints * 20);
  }
}
