package dev.interviewkit.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interviewkit.cli.Main;
import dev.interviewkit.config.Dirs;
import dev.interviewkit.config.KitConfig;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code kit.yaml} naming an organisation, a logo and A4: every PDF and Word file of a packet,
 * the scorecards, a debrief, a batch and a practice pack carries the name and the logo, on A4
 * without {@code --paper}, in the configured folder without {@code --out}.
 */
class OrganisationTest {

  static final String NAME = "Example Corp";
  static final String LINE = "Confidential: for the hiring panel only";

  @TempDir Path tmp;
  Path project;
  Dirs dirs;

  @BeforeEach
  void kitYaml() throws IOException {
    project = Files.createDirectories(tmp.resolve("project"));
    Path home = tmp.resolve("home");
    dirs = new Dirs(home.resolve("config"), home.resolve("data"), home.resolve("state"),
        home.resolve("cache"));
    Files.createDirectories(project.resolve("brand"));
    ImageIO.write(logo(), "png", project.resolve("brand/logo.png").toFile());
    Files.writeString(project.resolve("kit.yaml"), """
        organisation:
          name: %s
          logo: brand/logo.png
          confidentiality: "%s"
        paper: a4
        out: %s
        """.formatted(NAME, LINE, tmp.resolve("loops")));
  }

  /** A transparent PNG with a dark mark, as logos usually are. */
  static BufferedImage logo() {
    BufferedImage image = new BufferedImage(240, 80, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(0x1F, 0x3A, 0x93));
    g.fillOval(4, 4, 72, 72);
    g.fillRect(90, 28, 140, 24);
    g.dispose();
    return image;
  }

  Kit kit(String... args) {
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
  void aPacketWithoutPaperOrOutIsTheOrganisationsOnA4InItsFolder() throws IOException {
    Kit r = kit("packet", "--role", "director-of-engineering", "--candidate",
        "Aleksandra Konstantinovna Rimskaya-Korsakova", "--date", "2026-12-03");
    assertEquals(0, r.exitCode(), r.err());
    List<Path> files = r.paths();
    assertTrue(files.size() > 10, r.out());
    for (Path file : files) {
      assertTrue(file.startsWith(tmp.resolve("loops")), file.toString());
      assertCarriesTheOrganisation(file);
    }
  }

  @Test
  void scorecardsDebriefAndBatchCarryTheOrganisation() throws IOException {
    Kit cards = kit("scorecards", "--role", "director-of-engineering", "--candidate",
        "Jane Doe", "--date", "2026-12-03", "--seed", "5");
    assertEquals(0, cards.exitCode(), cards.err());
    List<Path> pdfs = cards.paths().stream().filter(p -> p.toString().endsWith(".pdf")).toList();
    cards.paths().forEach(OrganisationTest::assertCarriesTheOrganisation);
    for (Path pdf : pdfs) {
      fillEveryScore(pdf);
    }
    List<String> args = new ArrayList<>(List.of("debrief"));
    pdfs.forEach(p -> args.add(p.toString()));
    Kit debrief = kit(args.toArray(String[]::new));
    List<Path> written = debrief.paths().stream()
        .filter(p -> p.toString().endsWith(".pdf") || p.toString().endsWith(".docx")).toList();
    assertEquals(2, written.size(), debrief.out() + debrief.err());
    written.forEach(OrganisationTest::assertCarriesTheOrganisation);

    Path batch = Files.writeString(tmp.resolve("loops.csv"),
        "candidate,role,date\nSam Lee,cto,2026-12-04\n");
    Kit run = kit("batch", batch.toString());
    assertEquals(0, run.exitCode(), run.err());
    try (Stream<Path> walk = Files.walk(tmp.resolve("loops"))) {
      List<Path> cto = walk.filter(p -> p.toString().contains("sam-lee-cto"))
          .filter(p -> p.toString().endsWith(".pdf") || p.toString().endsWith(".docx")).toList();
      assertFalse(cto.isEmpty());
      cto.forEach(OrganisationTest::assertCarriesTheOrganisation);
    }
  }

  @Test
  void aPracticePackCarriesTheOrganisation() throws IOException {
    Kit r = kit("training", "--role", "director-of-engineering", "--out",
        tmp.resolve("practice").toString(), "--seed", "7", "--count", "2", "--date",
        "2026-12-03");
    assertEquals(0, r.exitCode(), r.err());
    List<Path> documents = r.paths().stream()
        .filter(p -> p.toString().endsWith(".pdf") || p.toString().endsWith(".docx")).toList();
    assertTrue(documents.size() >= 6, r.out());
    documents.forEach(OrganisationTest::assertCarriesTheOrganisation);
  }

  @Test
  void theWorkbenchTakesTheSameDefaultsAndPreviewsTheOrganisation() throws IOException {
    dev.interviewkit.workbench.model.Workbench workbench =
        Workbenches.open(Kit.BANKS, tmp.resolve("plugin-state"), KitConfig.load(project, dirs));
    try {
      dev.interviewkit.workbench.model.LoopEditor editor = workbench.newLoop();
      assertEquals(dev.interviewkit.api.doc.Paper.A4, editor.paper());
      assertEquals(tmp.resolve("loops"), editor.out());
      editor.setCandidate("Jane Doe");
      Path preview = Files.write(tmp.resolve("preview.pdf"),
          editor.pdf(editor.documents().get(0)));
      assertCarriesTheOrganisation(preview);
    } finally {
      workbench.host().close();
    }
  }

  @Test
  void explicitOptionsWinOverKitYaml() throws IOException {
    Path out = tmp.resolve("elsewhere");
    Kit r = kit("scorecards", "--role", "cto", "--candidate", "Jane Doe", "--date",
        "2026-12-03", "--paper", "letter", "--format", "pdf", "--out", out.toString());
    assertEquals(0, r.exitCode(), r.err());
    for (Path pdf : r.paths()) {
      assertTrue(pdf.startsWith(out), pdf.toString());
      try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
        assertEquals(PDRectangle.LETTER.getWidth(), doc.getPage(0).getMediaBox().getWidth(), 1f);
      }
    }
  }

  @Test
  void configShowsEveryKeyAndWhereItsValueCameFrom() {
    Kit r = kit("config");
    assertEquals(0, r.exitCode(), r.err());
    String yaml = project.resolve("kit.yaml").toString();
    assertTrue(r.out().lines().anyMatch(l -> l.matches("organisation\\.name +" + NAME + " +"
        + java.util.regex.Pattern.quote(yaml + ":2:9"))), r.out());
    assertTrue(r.out().lines().anyMatch(l -> l.matches("paper +a4 +"
        + java.util.regex.Pattern.quote(yaml) + ":5:8")), r.out());
    assertTrue(r.out().lines().anyMatch(l -> l.matches("editor +\\(not set\\) +default")),
        r.out());
    for (String key : KitConfig.KEYS) {
      assertTrue(r.out().lines().anyMatch(l -> l.startsWith(key + " ")), key + "\n" + r.out());
    }
  }

  @Test
  void aFaultyKitYamlStopsEveryCommandThatReadsItWithExit3() throws IOException {
    Files.writeString(project.resolve("kit.yaml"), "organisation:\n  nam: X\npaper: a5\n");
    Kit r = kit("packet", "--role", "cto", "--candidate", "Jane Doe");
    assertEquals(3, r.exitCode(), r.err());
    String yaml = project.resolve("kit.yaml").toString();
    assertEquals(List.of(yaml + ":2:3: unknown key 'nam' (did you mean 'name'?)",
        yaml + ":3:8: 'paper' must be letter or a4, got 'a5'"), r.err().lines().toList());
    assertFalse(Files.exists(tmp.resolve("loops")));
  }

  /** The file names the organisation and holds its logo on every page or in its header. */
  static void assertCarriesTheOrganisation(Path file) {
    try {
      if (file.toString().endsWith(".pdf")) {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
          for (int i = 0; i < pdf.getNumberOfPages(); i++) {
            PDPage page = pdf.getPage(i);
            assertEquals(PDRectangle.A4.getWidth(), page.getMediaBox().getWidth(), 1f, file
                + " is not A4");
            assertTrue(hasImage(page), file + " page " + (i + 1) + " has no logo");
          }
          PDFTextStripper text = new PDFTextStripper();
          text.setEndPage(1);
          assertTrue(text.getText(pdf).contains(NAME), file + " does not name " + NAME);
        }
      } else if (file.toString().endsWith(".docx")) {
        try (InputStream in = Files.newInputStream(file); XWPFDocument docx = new XWPFDocument(in)) {
          XWPFHeader header = docx.getHeaderList().get(0);
          assertTrue(header.getText().contains(NAME), file + ": " + header.getText());
          assertEquals(1, header.getAllPictures().size(), file + " has no logo");
          assertEquals("11906", String.valueOf(docx.getDocument().getBody().getSectPr()
              .getPgSz().getW()), file + " is not A4");
        }
      }
    } catch (IOException e) {
      throw new AssertionError(file + ": " + e, e);
    }
  }

  static boolean hasImage(PDPage page) throws IOException {
    for (COSName name : page.getResources().getXObjectNames()) {
      if (page.getResources().getXObject(name) instanceof PDImageXObject) {
        return true;
      }
    }
    return false;
  }

  static void fillEveryScore(Path pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      PDAcroForm form = doc.getDocumentCatalog().getAcroForm();
      for (PDField field : form.getFieldTree()) {
        String name = field.getFullyQualifiedName();
        if (name.endsWith(":score")) {
          field.setValue("3");
        } else if (name.endsWith(":recommendation")) {
          field.setValue("yes");
        } else if (name.endsWith(":interviewer")) {
          field.setValue("Priya Raman");
        }
      }
      doc.save(pdf.toFile());
    }
  }
}
