package dev.interviewkit.api.doc;

/** Paragraph styles every renderer maps onto its own. */
public enum TextStyle {
  /** The document's title line, e.g. a candidate's name on a cover. */
  TITLE,
  /** A line under the title. */
  SUBTITLE,
  BODY,
  /** Body text in bold. */
  STRONG,
  /** Small print: anchors, reminders. */
  SMALL
}
