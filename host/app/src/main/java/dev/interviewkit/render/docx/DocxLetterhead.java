package dev.interviewkit.render.docx;

import dev.interviewkit.api.doc.Logo;
import dev.interviewkit.api.doc.Organisation;
import dev.interviewkit.render.Letterhead;
import java.util.Locale;

/**
 * The organisation in the Word header: after the running header text, a right-aligned tab, the
 * organisation's name in bold and its logo as an inline picture ({@code word/media/logo.*},
 * related from the header part), as the PDF prints them.
 */
final class DocxLetterhead {

  /** The header part's relationship to the logo. */
  static final String LOGO_RELATIONSHIP = "rId1";
  static final String WP =
      "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
  static final String A = "http://schemas.openxmlformats.org/drawingml/2006/main";
  static final String PIC = "http://schemas.openxmlformats.org/drawingml/2006/picture";
  static final String R =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  private static final int EMU_PER_POINT = 12700;

  private DocxLetterhead() {}

  /**
   * How much higher the header starts, in twips, so that a logo taller than the header's text
   * line does not push the body down: the text line is about 9 pt of 8-pt type.
   */
  static int raise(Organisation organisation) {
    return organisation.logo().map(logo -> Math.max(0,
        Math.round((Letterhead.size(logo)[1] - 9f) * 20))).orElse(0);
  }

  /** The namespaces the header root declares when it holds a picture. */
  static String namespaces(Organisation organisation) {
    return organisation.logo().isEmpty() ? ""
        : " xmlns:r=\"" + R + "\" xmlns:wp=\"" + WP + "\"";
  }

  /** The runs after the header text: a tab, the name, the logo. */
  static String runs(Organisation organisation) {
    StringBuilder out = new StringBuilder(1024).append("<w:r><w:tab/></w:r>");
    if (!organisation.name().isEmpty()) {
      out.append("<w:r>").append(EastAsianRuns.properties("<w:rPr><w:b/></w:rPr>",
          organisation.name())).append("<w:t xml:space=\"preserve\">");
      Xml.escape(out, Xml.safe(organisation.name()));
      out.append(organisation.logo().isPresent() ? " " : "").append("</w:t></w:r>");
    }
    organisation.logo().ifPresent(logo -> picture(out, logo, organisation.name()));
    return out.toString();
  }

  private static void picture(StringBuilder out, Logo logo, String organisation) {
    float[] size = Letterhead.size(logo);
    long cx = Math.round(size[0] * EMU_PER_POINT);
    long cy = Math.round(size[1] * EMU_PER_POINT);
    String extent = String.format(Locale.ROOT, "cx=\"%d\" cy=\"%d\"", cx, cy);
    String name = Xml.escape(new StringBuilder(), Xml.safe(logo.name())).toString();
    String description = Xml.escape(new StringBuilder(), Xml.safe(organisation.isEmpty()
        ? "Logo" : organisation + " logo")).toString();
    out.append("<w:r><w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\">")
        .append("<wp:extent ").append(extent).append("/>")
        .append("<wp:docPr id=\"1\" name=\"").append(name).append("\" descr=\"")
        .append(description).append("\"/>")
        .append("<wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a=\"").append(A)
        .append("\" noChangeAspect=\"1\"/></wp:cNvGraphicFramePr>")
        .append("<a:graphic xmlns:a=\"").append(A).append("\"><a:graphicData uri=\"")
        .append(PIC).append("\"><pic:pic xmlns:pic=\"").append(PIC).append("\">")
        .append("<pic:nvPicPr><pic:cNvPr id=\"0\" name=\"").append(name)
        .append("\"/><pic:cNvPicPr/></pic:nvPicPr>")
        .append("<pic:blipFill><a:blip r:embed=\"").append(LOGO_RELATIONSHIP)
        .append("\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>")
        .append("<pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext ").append(extent)
        .append("/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr>")
        .append("</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>");
  }

  /** The logo's part name in the package. */
  static String mediaPart(Logo logo) {
    return "word/media/logo." + logo.format().extension();
  }

  /** The header part's relationships: the logo. */
  static String headerRelationships(Logo logo) {
    return Xml.DECLARATION + "<Relationships xmlns=\""
        + "http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\""
        + LOGO_RELATIONSHIP + "\" Type=\"" + R + "/image\" Target=\"media/logo."
        + logo.format().extension() + "\"/></Relationships>";
  }

  /** The content-type default the logo's extension needs. */
  static String contentType(Logo logo) {
    return "<Default Extension=\"" + logo.format().extension() + "\" ContentType=\""
        + logo.format().mediaType() + "\"/>";
  }
}
