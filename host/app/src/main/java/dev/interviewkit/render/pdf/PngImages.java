package dev.interviewkit.render.pdf;

import com.lowagie.text.Image;
import com.lowagie.text.ImgRaw;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import dev.interviewkit.api.RenderException;
import dev.interviewkit.api.doc.Figure;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A figure's PNG as a PDF image without decoding it: the PNG's compressed data (its IDAT
 * chunks) is already a Flate stream with PNG row filters, which PDF reads as it is given the
 * matching decode parameters. OpenPDF's own PNG reader decodes and compresses the pixels again,
 * which takes a tenth of a second for a chart at print resolution.
 */
final class PngImages {

  private PngImages() {}

  static Image of(Figure figure) {
    byte[] png = figure.png();
    try {
      if (png[28] != 0) {
        return Image.getInstance(png);
      }
      ByteArrayOutputStream data = new ByteArrayOutputStream(png.length);
      int at = 8;
      while (at + 12 <= png.length) {
        int length = ((png[at] & 0xff) << 24) | ((png[at + 1] & 0xff) << 16)
            | ((png[at + 2] & 0xff) << 8) | (png[at + 3] & 0xff);
        String type = new String(png, at + 4, 4, StandardCharsets.US_ASCII);
        if (length < 0 || at + 12L + length > png.length) {
          throw new RenderException("figure \"" + figure.description() + "\": the PNG is cut off");
        }
        if (type.equals("IDAT")) {
          data.write(png, at + 8, length);
        } else if (type.equals("IEND")) {
          break;
        }
        at += 12 + length;
      }
      int colours = png[25] == 2 ? 3 : 1;
      ImgRaw image = new ImgRaw(figure.pixelWidth(), figure.pixelHeight(), colours, 8,
          data.toByteArray());
      image.setDeflated(true);
      PdfDictionary parameters = new PdfDictionary();
      parameters.put(PdfName.PREDICTOR, new PdfNumber(15));
      parameters.put(PdfName.COLORS, new PdfNumber(colours));
      parameters.put(PdfName.BITSPERCOMPONENT, new PdfNumber(8));
      parameters.put(PdfName.COLUMNS, new PdfNumber(figure.pixelWidth()));
      PdfDictionary additional = new PdfDictionary();
      additional.put(PdfName.DECODEPARMS, parameters);
      image.setAdditional(additional);
      return image;
    } catch (IOException | RuntimeException e) {
      if (e instanceof RenderException r) {
        throw r;
      }
      throw new RenderException("cannot read the figure \"" + figure.description() + "\": "
          + e.getMessage());
    }
  }
}
