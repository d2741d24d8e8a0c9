package dev.interviewkit.render.pdf;

import com.lowagie.text.pdf.GrayColor;

/** Sizes, spacing and inks of the printed page, in points. */
final class Style {

  static final float MARGIN_SIDE = 54f;
  static final float MARGIN_TOP = 62f;
  static final float MARGIN_BOTTOM = 58f;
  static final float HEADER_BASELINE = 40f;
  static final float HEADER_RULE = 47f;
  static final float FOOTER_BASELINE = 38f;

  static final float BODY = 10f;
  static final float BODY_LEADING = 13f;
  static final float SMALL = 8f;
  static final float SMALL_LEADING = 10f;
  /** Typed text in a form field: fixed, never shrunk below what prints readably. */
  static final float FIELD = 9f;
  /** The smallest a pre-filled one-line field is set to hold its value. */
  static final float FIELD_MIN = 8f;
  static final float TITLE = 22f;
  static final float TITLE_LEADING = 27f;
  static final float SUBTITLE = 12f;
  static final float SUBTITLE_LEADING = 15f;
  static final float[] HEADING = {16f, 13f, 11f};
  static final float[] HEADING_BEFORE = {14f, 10f, 8f};
  static final float[] HEADING_AFTER = {6f, 4f, 3f};
  static final float BLOCK_AFTER = 8f;

  static final float LINE_PITCH = 7.5f * 72f / 25.4f;
  static final float BOX = 10f;
  static final float HAIRLINE = 0.5f;

  static final GrayColor INK = new GrayColor(0f);
  static final GrayColor RULE = new GrayColor(0.55f);
  static final GrayColor CALLOUT_FILL = new GrayColor(0.94f);
  static final GrayColor HEADER_FILL = new GrayColor(0.88f);
  static final GrayColor GROUP_FILL = new GrayColor(0.92f);

  private Style() {}
}
