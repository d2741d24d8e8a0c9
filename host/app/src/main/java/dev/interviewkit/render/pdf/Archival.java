package dev.interviewkit.render.pdf;

import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfBoolean;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfStream;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * What makes a file PDF/A-2b and tells a viewer its title and language: the XMP metadata (the
 * same title and dates as the info dictionary), an sRGB output intent, {@code /Lang} and
 * {@code DisplayDocTitle}. Everything is derived from the document, so the bytes never vary.
 */
final class Archival {

  private static final String LANGUAGE = PdfRenderer.LANGUAGE;

  private static final String SRGB = "sRGB IEC61966-2.1";
  private static final byte[] SRGB_PROFILE =
      ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

  private Archival() {}

  /** Call after {@code open()}: the catalog entries, the output intent and the XMP packet. */
  static void mark(PdfWriter writer, String title, LocalDate date, byte[] digest) {
    PdfDictionary catalog = writer.getExtraCatalog();
    catalog.put(PdfName.LANG, new PdfString(LANGUAGE));
    writer.addViewerPreference(PdfName.DISPLAYDOCTITLE, PdfBoolean.PDFTRUE);
    catalog.put(PdfName.OUTPUTINTENTS, new PdfArray(outputIntent(writer)));
    writer.setXmpMetadata(xmp(title, date, digest).getBytes(StandardCharsets.UTF_8));
  }

  private static PdfDictionary outputIntent(PdfWriter writer) {
    PdfStream profile = new PdfStream(SRGB_PROFILE);
    profile.put(PdfName.N, new PdfNumber(3));
    profile.flateCompress(PdfStream.BEST_COMPRESSION);
    PdfDictionary intent = new PdfDictionary(PdfName.OUTPUTINTENT);
    intent.put(PdfName.S, PdfName.GTS_PDFA1);
    intent.put(PdfName.OUTPUTCONDITIONIDENTIFIER, new PdfString(SRGB));
    intent.put(PdfName.INFO, new PdfString(SRGB));
    intent.put(PdfName.REGISTRYNAME, new PdfString("http://www.color.org"));
    try {
      intent.put(PdfName.DESTOUTPUTPROFILE, writer.addToBody(profile).getIndirectReference());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot add the sRGB output profile", e);
    }
    return intent;
  }

  /**
   * The XMP packet: PDF/A-2a and PDF/UA-1 identification (with the extension schema PDF/A
   * asks for pdfuaid), Dublin Core title and language, fixed dates.
   */
  static String xmp(String title, LocalDate date, byte[] digest) {
    String when = date + "T00:00:00Z";
    String id = "uuid:" + uuid(digest);
    return "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
        + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
        + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
        + "<rdf:Description rdf:about=\"\""
        + " xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\""
        + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
        + " xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\""
        + " xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\""
        + " xmlns:xmpMM=\"http://ns.adobe.com/xap/1.0/mm/\""
        + " xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n"
        + "<pdfaid:part>2</pdfaid:part>\n"
        + "<pdfaid:conformance>A</pdfaid:conformance>\n"
        + "<pdfuaid:part>1</pdfuaid:part>\n"
        + "<dc:format>application/pdf</dc:format>\n"
        + "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + escape(title)
        + "</rdf:li></rdf:Alt></dc:title>\n"
        + "<dc:language><rdf:Bag><rdf:li>" + LANGUAGE + "</rdf:li></rdf:Bag></dc:language>\n"
        + "<xmp:CreatorTool>" + PdfRenderer.PRODUCER + "</xmp:CreatorTool>\n"
        + "<xmp:CreateDate>" + when + "</xmp:CreateDate>\n"
        + "<xmp:ModifyDate>" + when + "</xmp:ModifyDate>\n"
        + "<xmp:MetadataDate>" + when + "</xmp:MetadataDate>\n"
        + "<pdf:Producer>" + PdfRenderer.PRODUCER + "</pdf:Producer>\n"
        + "<xmpMM:DocumentID>" + id + "</xmpMM:DocumentID>\n"
        + "<xmpMM:InstanceID>" + id + "</xmpMM:InstanceID>\n"
        + "</rdf:Description>\n"
        + PDFUA_SCHEMA
        + "</rdf:RDF>\n"
        + "</x:xmpmeta>\n"
        + "<?xpacket end=\"w\"?>";
  }

  /** The PDF/A extension schema describing pdfuaid:part, which PDF/A does not predefine. */
  private static final String PDFUA_SCHEMA = "<rdf:Description rdf:about=\"\""
      + " xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\""
      + " xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\""
      + " xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n"
      + "<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\n"
      + "<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>\n"
      + "<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\n"
      + "<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\n"
      + "<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">\n"
      + "<pdfaProperty:name>part</pdfaProperty:name>\n"
      + "<pdfaProperty:valueType>Integer</pdfaProperty:valueType>\n"
      + "<pdfaProperty:category>internal</pdfaProperty:category>\n"
      + "<pdfaProperty:description>Part of ISO 14289 the file conforms to</pdfaProperty:description>\n"
      + "</rdf:li></rdf:Seq></pdfaSchema:property>\n"
      + "</rdf:li></rdf:Bag></pdfaExtension:schemas>\n"
      + "</rdf:Description>\n";

  /** XML text: the five characters XML reserves escaped; the rest is as the title has it. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&apos;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static String uuid(byte[] digest) {
    StringBuilder hex = new StringBuilder(36);
    for (int i = 0; i < 16; i++) {
      if (i == 4 || i == 6 || i == 8 || i == 10) {
        hex.append('-');
      }
      hex.append(String.format("%02x", digest[i] & 0xff));
    }
    return hex.toString();
  }
}
