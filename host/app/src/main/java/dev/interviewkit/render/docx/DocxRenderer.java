package dev.interviewkit.render.docx;

import dev.interviewkit.api.Renderer;
import dev.interviewkit.api.doc.Document;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.pf4j.Extension;

/**
 * Writes a {@link Document} as an editable Word document: Word's built-in styles, a real bullet
 * numbering, "Page X of Y" fields, and content controls for every form field.
 */
@Extension
public final class DocxRenderer implements Renderer {

  public DocxRenderer() {}

  @Override
  public String format() {
    return "docx";
  }

  @Override
  public void render(Document document, OutputStream out) throws IOException {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(out, "out");
    XWPFDocument docx = DocxBuilder.build(document);
    ByteArrayOutputStream raw = new ByteArrayOutputStream(64 * 1024);
    // Not closed: closing a new in-memory package only serialises it a second time.
    docx.write(raw);
    StableZip.rewrite(raw.toByteArray(), document.info().date(), out);
  }
}
