package dev.interviewkit.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interviewkit.api.Renderer;
import dev.interviewkit.api.doc.Document;
import dev.interviewkit.api.doc.Logo;
import dev.interviewkit.api.doc.Organisation;
import dev.interviewkit.api.doc.Paper;
import dev.interviewkit.compose.LoopDocuments;
import dev.interviewkit.config.Images;
import dev.interviewkit.debrief.Debrief;
import dev.interviewkit.debrief.DebriefDocuments;
import dev.interviewkit.debrief.DisplayText;
import dev.interviewkit.debrief.LoopIdentity;
import dev.interviewkit.debrief.Scorecard;
import dev.interviewkit.plan.Fixtures;
import dev.interviewkit.plan.Loop;
import dev.interviewkit.plan.PlannedRound;
import dev.interviewkit.render.docx.DocxRenderer;
import dev.interviewkit.render.pdf.PdfRenderer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * With an organisation configured, every page of every PDF names it and shows its logo, and
 * every Word file's header holds the name and the picture; without one, nothing changes.
 */
class OrganisationHeaderTest {

  static final Loop LOOP = Fixtures.loop(11, Set.of());
  static final byte[] PNG = Images.png(120, 40, false);
  static final Organisation ORG = new Organisation("Example Corp",
      Optional.of(new Logo("logo.png", Logo.Format.PNG, PNG, 120, 40)),
      "Confidential: for the hiring panel only");

  /** Every kind of loop document, and the debrief. */
  static Map<String, Document> documents(Paper paper, Organisation org) {
    LoopDocuments docs = new LoopDocuments(LOOP, Fixtures.catalog(), paper, org);
    Map<String, Document> all = new LinkedHashMap<>();
    all.put("overview", docs.overview());
    all.put("reference-check", docs.referenceCheck());
    for (PlannedRound round : LOOP.rounds()) {
      all.put(round.spec().id() + "-packet", docs.packet(round));
      all.put(round.spec().id() + "-scorecard", docs.scorecard(round));
      LoopDocuments.exercises(round).forEach(q ->
          all.put(round.spec().id() + "-handout-" + q.id(), docs.handout(round, q)));
    }
    all.put("debrief", DebriefDocuments.summary(debrief(), paper, DisplayText.pdf(), org));
    return all;
  }

  static Debrief debrief() {
    LocalDate day = LocalDate.of(2026, 12, 3);
    String loop = LoopIdentity.idOf("Jane Doe", "cto", day, 5);
    List<Scorecard> cards = List.of(
        new Scorecard("a.pdf", "Jane Doe", "cto", "design", loop, "5", day.toString(),
            List.of("risk"), Map.of("risk", "4"), Map.of(), "yes", "Priya Raman", ""));
    return new Debrief(loop, "Jane Doe", "cto", "CTO", day.toString(), List.of("risk"),
        Map.of(), Map.of(), cards, Map.of(), List.of());
  }

  static byte[] render(Renderer renderer, Document document) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    renderer.render(document, out);
    return out.toByteArray();
  }

  @ParameterizedTest
  @EnumSource(Paper.class)
  void everyPdfPageNamesTheOrganisationAndShowsItsLogo(Paper paper) throws IOException {
    for (Map.Entry<String, Document> e : documents(paper, ORG).entrySet()) {
      try (PDDocument pdf = Loader.loadPDF(render(new PdfRenderer(), e.getValue()))) {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setPageEnd("\f");
        String[] pages = stripper.getText(pdf).split("\f", -1);
        for (int i = 0; i < pdf.getNumberOfPages(); i++) {
          assertTrue(pages[i].contains("Example Corp"), e.getKey() + " page " + (i + 1));
          assertTrue(hasImage(pdf.getPage(i)), e.getKey() + " page " + (i + 1) + " has no logo");
        }
      }
    }
  }

  @Test
  void theConfiguredConfidentialityLineReplacesTheInterviewerLineButNotTheCandidateCopy()
      throws IOException {
    for (Map.Entry<String, Document> e : documents(Paper.A4, ORG).entrySet()) {
      try (PDDocument pdf = Loader.loadPDF(render(new PdfRenderer(), e.getValue()))) {
        String text = new PDFTextStripper().getText(pdf);
        boolean handout = e.getKey().contains("-handout-");
        assertEquals(!handout, text.contains("Confidential: for the hiring panel only"),
            e.getKey());
        assertFalse(text.contains(LoopDocuments.CONFIDENTIAL), e.getKey());
        assertEquals(handout, text.contains(LoopDocuments.CANDIDATE_COPY), e.getKey());
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Paper.class)
  void everyWordHeaderHoldsTheNameAndTheLogo(Paper paper) throws IOException {
    for (Map.Entry<String, Document> e : documents(paper, ORG).entrySet()) {
      try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(
          render(new DocxRenderer(), e.getValue())))) {
        XWPFHeader header = docx.getHeaderList().get(0);
        assertTrue(header.getText().contains("Example Corp"), e.getKey() + ": "
            + header.getText());
        List<XWPFPictureData> pictures = header.getAllPictures();
        assertEquals(1, pictures.size(), e.getKey());
        assertArrayEquals(PNG, pictures.get(0).getData(), e.getKey());
        assertEquals(1, header.getParagraphs().get(0).getRuns().stream()
            .mapToInt(r -> r.getEmbeddedPictures().size()).sum(), e.getKey());
      }
    }
  }

  @Test
  void withoutAnOrganisationTheFilesAreThoseOfBefore() throws IOException {
    Map<String, Document> plain = documents(Paper.LETTER, Organisation.NONE);
    LoopDocuments before = new LoopDocuments(LOOP, Fixtures.catalog(), Paper.LETTER);
    assertArrayEquals(render(new PdfRenderer(), before.overview()),
        render(new PdfRenderer(), plain.get("overview")));
    assertArrayEquals(render(new DocxRenderer(), before.overview()),
        render(new DocxRenderer(), plain.get("overview")));
    Organisation equalToNone = new Organisation("", Optional.empty(), "");
    assertArrayEquals(render(new PdfRenderer(), before.overview()), render(new PdfRenderer(),
        new LoopDocuments(LOOP, Fixtures.catalog(), Paper.LETTER, equalToNone).overview()));
    try (PDDocument pdf = Loader.loadPDF(render(new PdfRenderer(), plain.get("overview")))) {
      assertFalse(hasImage(pdf.getPage(0)));
    }
  }

  @Test
  void aJpegLogoIsEmbeddedInBothFormats() throws IOException {
    byte[] jpeg = Images.jpeg(64, 64);
    Organisation org = new Organisation("Example Corp",
        Optional.of(new Logo("logo.jpg", Logo.Format.JPEG, jpeg, 64, 64)), "");
    Document scorecard = new LoopDocuments(LOOP, Fixtures.catalog(), Paper.A4, org)
        .scorecard(LOOP.rounds().get(0));
    try (PDDocument pdf = Loader.loadPDF(render(new PdfRenderer(), scorecard))) {
      assertTrue(hasImage(pdf.getPage(0)));
    }
    try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(
        render(new DocxRenderer(), scorecard)))) {
      assertArrayEquals(jpeg, docx.getHeaderList().get(0).getAllPictures().get(0).getData());
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
}
