package dev.interviewkit.render.pdf;

import com.lowagie.text.pdf.PRStream;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.IntHashtable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * OpenPDF's reader with limits: nesting, objects parsed, object numbers, and what its compressed
 * streams inflate to, all checked before OpenPDF allocates for them; an encrypted file is refused.
 * Once a limit is hit every later read fails at once, and {@link #refusal()} says why.
 */
final class BoundedPdfReader extends PdfReader {

  /** Arrays and dictionaries inside one another. */
  static final int MAX_DEPTH = 64;
  /** Objects (numbers, names, strings, arrays, ...) parsed in one file. */
  static final int MAX_PARSED = 1_000_000;
  /** Indirect objects: object numbers, cross-reference sizes, objects in an object stream. */
  static final int MAX_INDIRECT = 100_000;
  /** Bytes all of a file's compressed streams may inflate to, together: 32 MiB. */
  static final long MAX_INFLATED = 32L << 20;

  private static final Pattern OBJECT = Pattern.compile("(\\d{1,12})\\s+\\d{1,6}\\s+obj\\b");
  private static final Pattern XREF = Pattern.compile("(?<![A-Za-z])xref\\s");
  private static final Pattern SUBSECTION = Pattern.compile("\\G\\s*(\\d{1,12}) (\\d{1,12})\\s");

  /** The limit hit while a constructor ran on this thread (OpenPDF may swallow the exception). */
  private static final ThreadLocal<String> HIT = new ThreadLocal<>();

  // Set while the superclass constructor reads the file: no initialisers, or they would reset it.
  private int depth;
  private int parsed;
  private String refusal;

  private BoundedPdfReader(byte[] bytes) throws IOException {
    super(bytes);
  }

  /**
   * Reads {@code bytes}, or throws an {@link IOException} whose message (after {@code name})
   * says which limit the file passes.
   */
  static BoundedPdfReader open(String name, byte[] bytes) throws IOException {
    String before = prescan(bytes);
    if (before != null) {
      throw new IOException(name + " " + before);
    }
    HIT.remove();
    BoundedPdfReader reader;
    try {
      reader = new BoundedPdfReader(bytes);
    } catch (IOException | RuntimeException e) {
      String why = HIT.get();
      throw new IOException(name + " " + (why != null ? why
          : "is not a readable PDF: " + String.valueOf(e.getMessage())));
    } finally {
      HIT.remove();
    }
    if (reader.refusal != null) {
      reader.close();
      throw new IOException(name + " " + reader.refusal);
    }
    return reader;
  }

  /** Checks on the raw bytes, before any parsing: object numbers, xref sizes, inflated size. */
  static String prescan(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    Matcher object = OBJECT.matcher(text);
    int objects = 0;
    while (object.find()) {
      if (++objects > MAX_INDIRECT || Long.parseLong(object.group(1)) > MAX_INDIRECT) {
        return "has more objects than the limit of " + MAX_INDIRECT;
      }
    }
    Matcher xref = XREF.matcher(text);
    while (xref.find()) {
      Matcher sub = SUBSECTION.matcher(text).region(xref.end(), text.length());
      int at = xref.end();
      while (sub.find(at)) {
        long start = Long.parseLong(sub.group(1));
        long count = Long.parseLong(sub.group(2));
        if (start + count > MAX_INDIRECT) {
          return "has more objects than the limit of " + MAX_INDIRECT;
        }
        at = (int) Math.min(text.length(), sub.end() + 20 * count);
        if (at >= text.length()) {
          break;
        }
      }
    }
    return inflated(bytes) > MAX_INFLATED
        ? "has compressed streams that inflate to more than the limit of "
            + (MAX_INFLATED >> 20) + " MB"
        : null;
  }

  /**
   * What every zlib stream in the file inflates to, counted without keeping it, stopping just
   * past {@link #MAX_INFLATED}. Streams are found by their {@code stream} keyword.
   */
  private static long inflated(byte[] bytes) {
    byte[] keyword = "stream".getBytes(StandardCharsets.US_ASCII);
    byte[] sink = new byte[64 * 1024];
    long total = 0;
    Inflater inflater = new Inflater();
    try {
      for (int i = indexOf(bytes, keyword, 0); i >= 0; i = indexOf(bytes, keyword, i + 1)) {
        int data = i + keyword.length;
        if (data < bytes.length && bytes[data] == '\r') {
          data++;
        }
        if (data + 2 >= bytes.length || bytes[data] != '\n'
            || !zlibHeader(bytes[data + 1], bytes[data + 2])) {
          continue;
        }
        inflater.reset();
        inflater.setInput(bytes, data + 1, bytes.length - data - 1);
        try {
          while (!inflater.finished() && !inflater.needsInput() && !inflater.needsDictionary()) {
            int n = inflater.inflate(sink);
            total += n;
            if (total > MAX_INFLATED) {
              return total;
            }
            if (n == 0 && inflater.getRemaining() == 0) {
              break;
            }
          }
        } catch (DataFormatException e) {
          // Not zlib data after all, or broken: OpenPDF stops at the same place.
        }
      }
    } finally {
      inflater.end();
    }
    return total;
  }

  private static boolean zlibHeader(byte cmf, byte flg) {
    int a = cmf & 0xff;
    int b = flg & 0xff;
    return (a & 0x0f) == 8 && (a >> 4) <= 7 && ((a << 8) | b) % 31 == 0;
  }

  private static int indexOf(byte[] bytes, byte[] what, int from) {
    outer:
    for (int i = from; i <= bytes.length - what.length; i++) {
      for (int j = 0; j < what.length; j++) {
        if (bytes[i + j] != what[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  String refusal() {
    return refusal;
  }

  private IOException refuse(String why) {
    if (refusal == null) {
      refusal = why;
      HIT.set(why);
    }
    return new Refused(refusal);
  }

  @Override
  protected PdfObject readPRObject() throws IOException {
    if (refusal != null) {
      throw new Refused(refusal);
    }
    if (++parsed > MAX_PARSED) {
      throw refuse("has more objects than the limit of " + MAX_PARSED + " parsed values");
    }
    PdfObject object = super.readPRObject();
    if (object instanceof PdfDictionary dict) {
      check(dict);
    }
    return object;
  }

  private void check(PdfDictionary dict) throws IOException {
    if (dict.contains(PdfName.ENCRYPT)) {
      throw refuse("is encrypted (password-protected); send an unprotected copy");
    }
    if (dict.contains(PdfName.XFA)) {
      throw refuse("holds an XFA form, which interview-kit does not write or read");
    }
    if (number(dict, PdfName.SIZE) > MAX_INDIRECT || number(dict, PdfName.N) > MAX_INDIRECT) {
      throw refuse("has more objects than the limit of " + MAX_INDIRECT);
    }
    PdfObject type = dict.get(PdfName.TYPE);
    if (dict instanceof PRStream && (PdfName.XREF.equals(type) || PdfName.OBJSTM.equals(type))) {
      PdfObject filter = dict.get(PdfName.FILTER);
      boolean flate = filter == null || PdfName.FLATEDECODE.equals(filter)
          || (filter instanceof PdfArray a && a.size() == 1
              && PdfName.FLATEDECODE.equals(a.getPdfObject(0)));
      if (!flate) {
        throw refuse("compresses its object structure in a way interview-kit does not read"
            + " (only one FlateDecode filter is read)");
      }
    }
  }

  private static long number(PdfDictionary dict, PdfName key) {
    PdfObject value = dict.get(key);
    return value instanceof PdfNumber n ? (long) n.doubleValue() : 0;
  }

  @Override
  protected PdfDictionary readDictionary() throws IOException {
    enter();
    try {
      return super.readDictionary();
    } finally {
      depth--;
    }
  }

  @Override
  protected PdfArray readArray() throws IOException {
    enter();
    try {
      return super.readArray();
    } finally {
      depth--;
    }
  }

  private void enter() throws IOException {
    if (++depth > MAX_DEPTH) {
      throw refuse("nests arrays or dictionaries deeper than the limit of " + MAX_DEPTH
          + " levels");
    }
  }

  @Override
  protected void readObjStm(PRStream stream, IntHashtable map) throws IOException {
    if (refusal != null) {
      throw new Refused(refusal);
    }
    super.readObjStm(stream, map);
  }

  /** The exception a limit throws; OpenPDF may wrap or swallow it, {@link #refusal} stays. */
  private static final class Refused extends IOException {
    private static final long serialVersionUID = 1L;

    Refused(String why) {
      super(why);
    }
  }
}
