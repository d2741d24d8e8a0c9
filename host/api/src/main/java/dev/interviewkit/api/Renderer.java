package dev.interviewkit.api;

import dev.interviewkit.api.doc.Document;
import java.io.IOException;
import java.io.OutputStream;
import org.pf4j.ExtensionPoint;

/**
 * Extension point for an output format. The host contributes PDF and DOCX; a plugin may add more.
 * A renderer only reads the document model and must write the same bytes for the same document.
 */
public interface Renderer extends ExtensionPoint {

  /** The format id users pass to {@code --format}, e.g. {@code pdf}. */
  String format();

  /** The file name extension, without the dot. */
  default String fileExtension() {
    return format();
  }

  /**
   * Writes {@code document} to {@code out}.
   *
   * @throws RenderException when the document cannot be rendered faithfully, for example a
   *     character no bundled font can draw
   */
  void render(Document document, OutputStream out) throws IOException;
}
