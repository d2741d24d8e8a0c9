package dev.interviewkit.dist;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Fills a generated Word form as Word would: picks a drop-down entry, types into a text control. */
final class WordFill {

  private WordFill() {}

  /**
   * @param choices drop-down tag to the entry chosen, e.g. {@code T01:team-topology:score} to
   *     {@code 3 Meets}
   * @param texts text-control tag to the text typed into it
   */
  static void fill(Path docx, Map<String, String> choices, Map<String, String> texts)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(docx));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        byte[] bytes = in.readAllBytes();
        if (e.getName().equals("word/document.xml")) {
          String xml = new String(bytes, StandardCharsets.UTF_8);
          for (Map.Entry<String, String> c : choices.entrySet()) {
            xml = Scorecards.choose(xml, c.getKey(), c.getValue());
          }
          for (Map.Entry<String, String> t : texts.entrySet()) {
            xml = replaceInControl(xml, t.getKey(), c -> c.replaceFirst(
                "<w:sdtContent>.*</w:sdtContent>", Matcher.quoteReplacement(
                    "<w:sdtContent><w:r><w:t>" + t.getValue() + "</w:t></w:r></w:sdtContent>")));
          }
          bytes = xml.getBytes(StandardCharsets.UTF_8);
        }
        zip.putNextEntry(new ZipEntry(e.getName()));
        zip.write(bytes);
        zip.closeEntry();
      }
    }
    Files.write(docx, out.toByteArray());
  }

  private static String replaceInControl(String xml, String tag,
      java.util.function.UnaryOperator<String> change) {
    Matcher m = Pattern.compile("<w:sdt><w:sdtPr>(?:(?!<w:sdt>).)*?<w:tag w:val=\""
        + Pattern.quote(tag) + "\"/>.*?</w:sdt>").matcher(xml);
    if (!m.find()) {
      throw new AssertionError("no content control " + tag);
    }
    return xml.substring(0, m.start()) + change.apply(m.group()) + xml.substring(m.end());
  }
}
