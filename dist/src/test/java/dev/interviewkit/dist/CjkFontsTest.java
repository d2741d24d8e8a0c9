package dev.interviewkit.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.interviewkit.cli.Main;
import dev.interviewkit.config.Dirs;
import dev.interviewkit.config.KitConfig;
import dev.interviewkit.render.pdf.PdfFonts;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A CJK font named by {@code fonts:} in {@code kit.yaml} prints a Chinese candidate's packet and
 * scorecards; CI installs the font (.ci/run), elsewhere the test is skipped without it.
 */
class CjkFontsTest {

  private static final Path FONT = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");
  private static final String CANDIDATE = "王小明";

  @TempDir Path tmp;
  private Path project;
  private Dirs dirs;

  @BeforeEach
  void aKitYamlNamingACopyOfTheFont() throws IOException {
    assumeTrue(Files.isRegularFile(FONT) || "true".equals(System.getenv("CI")),
        "no " + FONT + " on this machine: install fonts-wqy-microhei (.ci/run does)");
    project = Files.createDirectories(tmp.resolve("project"));
    Path home = tmp.resolve("home");
    dirs = new Dirs(home.resolve("config"), home.resolve("data"), home.resolve("state"),
        home.resolve("cache"));
    Files.createDirectories(project.resolve("fonts"));
    Files.copy(FONT, project.resolve("fonts/cjk.ttc"));
    Files.writeString(project.resolve("kit.yaml"), "fonts:\n  - fonts/cjk.ttc\nout: "
        + tmp.resolve("loops") + "\nrecord:\n  database: off\n");
  }

  @AfterEach
  void theConfiguredFontIsForgotten() {
    PdfFonts.configure(List.of());
  }

  private Kit kit(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    if (!args[0].equals("config")) {
      all.addAll(List.of("--plugins", Kit.PLUGINS.toString(), "--banks", Kit.BANKS.toString()));
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code;
    try (PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
      code = Main.run(all.toArray(String[]::new), o, e, () -> KitConfig.load(project, dirs));
    }
    return new Kit(code, out.toString(), err.toString());
  }

  @Test
  void aChineseCandidateGetsEveryPdfInTheConfiguredFont() throws IOException {
    Kit r = kit("packet", "--role", "engineering-manager", "--candidate", CANDIDATE, "--date",
        "2026-12-03", "--format", "pdf");
    assertEquals(0, r.exitCode(), r.err());
    assertEquals(project.resolve("fonts/cjk.ttc"), PdfFonts.fallbacks().get(0));
    List<Path> pdfs = r.paths().stream().filter(p -> p.toString().endsWith(".pdf")).toList();
    assertFalse(pdfs.isEmpty(), r.out());
    for (Path pdf : pdfs) {
      try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
        assertTrue(new PDFTextStripper().getText(doc).contains(CANDIDATE), pdf.toString());
        List<String> fonts = new ArrayList<>();
        for (PDPage page : doc.getPages()) {
          for (COSName name : page.getResources().getFontNames()) {
            PDFont font = page.getResources().getFont(name);
            assertTrue(font.isEmbedded(), pdf + ": " + font.getName());
            fonts.add(font.getName());
          }
        }
        assertTrue(fonts.stream().anyMatch(f -> f.contains("WenQuanYi")), pdf + ": " + fonts);
      }
    }
  }

  @Test
  void kitConfigShowsTheFontsAndWhereTheyWereSet() {
    Kit r = kit("config");
    assertEquals(0, r.exitCode(), r.err());
    String row = r.out().lines().filter(l -> l.startsWith("fonts ")).findFirst().orElseThrow();
    assertTrue(row.contains(project.resolve("fonts/cjk.ttc").toString()), row);
    assertTrue(row.endsWith("kit.yaml:2:3"), row);
  }
}
