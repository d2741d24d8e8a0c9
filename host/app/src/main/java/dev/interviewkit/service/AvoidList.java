package dev.interviewkit.service;

import com.lowagie.text.pdf.PdfReader;
import dev.interviewkit.bank.BankCatalog;
import dev.interviewkit.compose.LoopDocuments;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Question ids to avoid, read from earlier loop overviews (PDF or Word, via their metadata) or
 * from any text file that mentions question ids.
 */
final class AvoidList {

  private static final Pattern WORD = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)+");

  private AvoidList() {}

  static Set<String> read(Iterable<Path> files, BankCatalog catalog) throws IOException {
    Set<String> ids = new TreeSet<>();
    for (Path file : files) {
      String text;
      try {
        text = textOf(file);
      } catch (NoSuchFileException e) {
        throw new KitException(ExitCode.BAD_INPUT, "--avoid file " + file + " does not exist");
      }
      Matcher m = WORD.matcher(text);
      while (m.find()) {
        if (catalog.question(m.group()).isPresent()) {
          ids.add(m.group());
        }
      }
    }
    return ids;
  }

  private static String textOf(Path file) throws IOException {
    String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    if (name.endsWith(".pdf")) {
      PdfReader reader = new PdfReader(file.toString());
      try {
        Map<String, String> info = reader.getInfo();
        return info.getOrDefault(LoopDocuments.KEY_QUESTIONS, "");
      } finally {
        reader.close();
      }
    }
    if (name.endsWith(".docx")) {
      try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
        POIXMLProperties.CustomProperties custom = doc.getProperties().getCustomProperties();
        var property = custom.getProperty(LoopDocuments.KEY_QUESTIONS);
        return property == null ? "" : property.getLpwstr();
      } catch (RuntimeException e) {
        throw new KitException(ExitCode.BAD_INPUT, "--avoid file " + file
            + " is not a readable Word file");
      }
    }
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}
