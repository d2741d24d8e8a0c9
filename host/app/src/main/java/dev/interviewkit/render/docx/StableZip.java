package dev.interviewkit.render.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Writes a zip in a fixed entry order with fixed entry times, so equal input gives equal bytes. */
final class StableZip {

  private static final LocalDate EARLIEST = LocalDate.of(1980, 1, 1);
  private static final LocalDate LATEST = LocalDate.of(2107, 12, 31);
  private static final List<String> FIRST = List.of("[Content_Types].xml", "_rels/.rels");

  private StableZip() {}

  /** Writes {@code parts} as a zip: OPC entries first, the rest by name, all dated {@code date}. */
  static void write(Map<String, byte[]> parts, LocalDate date, OutputStream out) throws IOException {
    List<String> order = new ArrayList<>();
    FIRST.stream().filter(parts::containsKey).forEach(order::add);
    parts.keySet().stream().filter(name -> !FIRST.contains(name)).sorted().forEach(order::add);

    LocalDateTime time = clamp(date).atStartOfDay();
    ZipOutputStream zipOut = new ZipOutputStream(out);
    zipOut.setMethod(ZipOutputStream.DEFLATED);
    zipOut.setLevel(Deflater.DEFAULT_COMPRESSION);
    for (String name : order) {
      ZipEntry entry = new ZipEntry(name);
      entry.setTimeLocal(time);
      zipOut.putNextEntry(entry);
      zipOut.write(parts.get(name));
      zipOut.closeEntry();
    }
    zipOut.finish();
    zipOut.flush();
  }

  /** DOS dates run from 1980 to 2107; outside that range the JDK adds a time-zone-bound field. */
  static LocalDate clamp(LocalDate date) {
    if (date.isBefore(EARLIEST)) {
      return EARLIEST;
    }
    return date.isAfter(LATEST) ? LATEST : date;
  }
}
