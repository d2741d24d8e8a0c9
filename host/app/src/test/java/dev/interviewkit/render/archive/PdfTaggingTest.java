package dev.interviewkit.render.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interviewkit.api.doc.Block;
import dev.interviewkit.api.doc.BulletList;
import dev.interviewkit.api.doc.Document;
import dev.interviewkit.api.doc.Heading;
import dev.interviewkit.api.doc.HeatMap;
import dev.interviewkit.api.doc.KeepTogether;
import dev.interviewkit.api.doc.Paper;
import dev.interviewkit.api.doc.Table;
import dev.interviewkit.api.doc.Logo;
import dev.interviewkit.api.doc.Organisation;
import dev.interviewkit.api.doc.SideBySide;
import dev.interviewkit.compose.LoopDocuments;
import dev.interviewkit.config.Images;
import dev.interviewkit.plan.Fixtures;
import dev.interviewkit.plan.PlannedRound;
import dev.interviewkit.render.Outline;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * Every PDF carries a structure tree that matches its document: headings, lists and tables in
 * order with their texts and cells, widgets in Form elements, and no content left unmarked.
 */
class PdfTaggingTest {

  /** Operators that put ink on the page: each must sit inside marked content. */
  private static final Set<String> PAINTING = Set.of("Tj", "TJ", "'", "\"", "S", "s", "f",
      "F", "f*", "B", "B*", "b", "b*", "sh", "Do", "BI");
  /** The PDF/UA-1 rules an untagged file broke and a tagged one must not. */
  private static final Set<String> TAGGING_RULES =
      Set.of("6.2-1", "7.1-3", "7.1-11", "7.18.3-1", "7.18.4-1");

  @BeforeAll
  static void initialiseVeraPdf() {
    VeraGreenfieldFoundryProvider.initialise();
  }

  static Stream<Arguments> documents() {
    List<Arguments> all = new ArrayList<>();
    for (Paper paper : Paper.values()) {
      PlannedRound round = PdfArchivalTest.LOOP.rounds().get(0);
      all.add(Arguments.of("overview-" + paper, PdfArchivalTest.docs(paper).overview()));
      all.add(Arguments.of("packet-" + paper, PdfArchivalTest.docs(paper).packet(round)));
      all.add(Arguments.of("scorecard-" + paper, PdfArchivalTest.docs(paper).scorecard(round)));
      all.add(Arguments.of("handout-" + paper, PdfArchivalTest.handout(paper)));
      all.add(Arguments.of("debrief-" + paper, PdfArchivalTest.debrief(paper)));
      all.add(Arguments.of("calibration-" + paper, PdfArchivalTest.calibration(paper)));
    }
    Organisation org = new Organisation("Example Corp", Optional.of(
        new Logo("grey.jpg", Logo.Format.JPEG, Images.greyJpeg(80, 40), 80, 40)), "");
    all.add(Arguments.of("packet-with-logo", new LoopDocuments(PdfArchivalTest.LOOP,
        Fixtures.catalog(), Paper.A4, org).packet(PdfArchivalTest.LOOP.rounds().get(0))));
    return all.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void structureTreeHoldsTheHeadingsListsAndTablesInOrder(String name, Document document)
      throws IOException {
    try (PDDocument pdf = Loader.loadPDF(PdfArchivalTest.render(document))) {
      assertTrue(pdf.getDocumentCatalog().getMarkInfo().isMarked(), "no /MarkInfo /Marked");
      PDStructureTreeRoot root = pdf.getDocumentCatalog().getStructureTreeRoot();
      List<Object> top = root.getKids();
      assertEquals(1, top.size(), "one Document element");
      PDStructureElement doc = (PDStructureElement) top.get(0);
      assertEquals("Document", doc.getStructureType());
      Map<String, String> texts = markedTexts(pdf);
      List<String> tagged = new ArrayList<>();
      for (Object kid : doc.getKids()) {
        if (kid instanceof PDStructureElement e) {
          String summary = summary(e, pdf, texts);
          if (summary != null) {
            tagged.add(summary);
          }
        }
      }
      assertEquals(expected(document), tagged);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void everyTextAndDrawingIsTaggedOrAnArtifact(String name, Document document)
      throws IOException {
    try (PDDocument pdf = Loader.loadPDF(PdfArchivalTest.render(document))) {
      int page = 0;
      for (PDPage p : pdf.getPages()) {
        page++;
        PDFStreamParser parser = new PDFStreamParser(p);
        int depth = 0;
        int painted = 0;
        for (Object token = parser.parseNextToken(); token != null;
            token = parser.parseNextToken()) {
          if (token instanceof Operator op) {
            String o = op.getName();
            if (o.equals("BDC") || o.equals("BMC")) {
              depth++;
            } else if (o.equals("EMC")) {
              depth--;
            } else if (PAINTING.contains(o)) {
              painted++;
              assertTrue(depth > 0, name + " page " + page + ": " + o + " outside marked content");
            }
          }
        }
        assertEquals(0, depth, name + " page " + page + ": unbalanced marked content");
        assertTrue(painted > 0, name + " page " + page + " paints nothing");
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void everyWidgetIsInAFormElement(String name, Document document) throws IOException {
    try (PDDocument pdf = Loader.loadPDF(PdfArchivalTest.render(document))) {
      List<COSBase> formKids = new ArrayList<>();
      collectForms(pdf.getDocumentCatalog().getStructureTreeRoot(), formKids);
      int widgets = 0;
      for (PDPage page : pdf.getPages()) {
        for (PDAnnotation annotation : page.getAnnotations()) {
          if (annotation instanceof PDAnnotationWidget) {
            widgets++;
            assertTrue(annotation.getStructParent() >= 0, name + ": widget without StructParent");
            assertTrue(formKids.contains(annotation.getCOSObject()),
                name + ": widget not in a Form element");
          }
        }
      }
      assertEquals(widgets, formKids.size(), name + ": Form elements without their widget");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void veraPdfFindsThePdfUa1AndPdfA2aFilesItClaims(String name, Document document)
      throws Exception {
    byte[] pdf = PdfArchivalTest.render(document);
    Map<String, Integer> ua = failures(pdf, PDFAFlavour.PDFUA_1);
    Map<String, Integer> a = failures(pdf, PDFAFlavour.PDFA_2_A);
    Path report = Path.of("target", "pdfua", name + ".txt");
    Files.createDirectories(report.getParent());
    Files.writeString(report, "PDF/UA-1: " + ua + "\nPDF/A-2a: " + a + "\n");
    for (String rule : TAGGING_RULES) {
      assertFalse(ua.containsKey(rule), name + " breaks PDF/UA-1 rule " + rule + ": " + ua);
    }
    assertEquals(Map.of(), ua, name + ": PDF/UA-1 rules broken");
    assertEquals(Map.of(), a, name + ": PDF/A-2a rules broken");
  }

  /** The rules of {@code flavour} veraPDF finds broken, each with how many checks failed. */
  static Map<String, Integer> failures(byte[] pdf, PDFAFlavour flavour) throws Exception {
    ValidationResult result;
    try (PDFAParser parser = Foundries.defaultInstance()
        .createParser(new ByteArrayInputStream(pdf), flavour)) {
      PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false);
      result = validator.validate(parser);
    }
    Map<String, Integer> failed = new TreeMap<>();
    for (TestAssertion a : result.getTestAssertions()) {
      if (a.getStatus() == TestAssertion.Status.FAILED) {
        failed.merge(a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber(), 1,
            Integer::sum);
      }
    }
    return failed;
  }

  /** What the tree should hold, block by block, for the blocks it is checked on. */
  private static List<String> expected(Document document) {
    List<String> all = new ArrayList<>();
    // the renderer levels the headings (no level skipped), as the bookmarks show
    for (Block block : flat(Outline.levelled(document.blocks()))) {
      if (block instanceof Heading h) {
        all.add("H" + h.level() + " " + squeeze(h.text()));
      } else if (block instanceof BulletList l) {
        all.add("L " + l.items().stream().map(PdfTaggingTest::squeeze)
            .collect(Collectors.joining(" | ")));
      } else if (block instanceof SideBySide s) {
        for (List<String> items : List.of(s.left(), s.right())) {
          if (!items.isEmpty()) {
            all.add("L " + items.stream().map(PdfTaggingTest::squeeze)
                .collect(Collectors.joining(" | ")));
          }
        }
      } else if (block instanceof Table t) {
        all.add(table(t.header().size(), t.rows().size()));
      } else if (block instanceof HeatMap m) {
        all.add(table(m.columns().size() + 1, m.rows().size()));
      }
    }
    return all;
  }

  private static String table(int columns, int rows) {
    return "Table " + columns + " columns, TH header, " + rows + " rows of " + columns + " TD";
  }

  /** The same summary of a heading, list or table element; null for other elements. */
  private static String summary(PDStructureElement e, PDDocument pdf, Map<String, String> texts) {
    String type = e.getStructureType();
    if (type.matches("H[1-6]")) {
      return type + " " + squeeze(text(e, pdf, texts));
    } else if (type.equals("L")) {
      List<String> items = new ArrayList<>();
      for (PDStructureElement li : elements(e)) {
        assertEquals("LI", li.getStructureType());
        List<PDStructureElement> parts = elements(li);
        PDStructureElement body = parts.get(parts.size() - 1);
        assertEquals("LBody", body.getStructureType());
        // in a kept-together group the number is set with the item's text (see docs/pdf.md)
        items.add(squeeze(text(body, pdf, texts)).replaceFirst("^\\d+\\.", ""));
      }
      return "L " + String.join(" | ", items);
    } else if (type.equals("Table")) {
      List<PDStructureElement> rows = elements(e);
      List<PDStructureElement> head = elements(rows.get(0));
      assertTrue(head.stream().allMatch(c -> c.getStructureType().equals("TH")), "header row");
      int columns = head.size();
      for (PDStructureElement row : rows.subList(1, rows.size())) {
        assertEquals("TR", row.getStructureType());
        List<PDStructureElement> cells = elements(row);
        assertEquals(columns, cells.size(), "cells in a row");
        assertTrue(cells.stream().skip(1).allMatch(c -> c.getStructureType().equals("TD")),
            "data cells");
      }
      return "Table " + columns + " columns, TH header, " + (rows.size() - 1) + " rows of "
          + columns + " TD";
    }
    return null;
  }

  private static List<PDStructureElement> elements(PDStructureElement e) {
    return e.getKids().stream().filter(PDStructureElement.class::isInstance)
        .map(PDStructureElement.class::cast).toList();
  }

  /** The text of an element's marked content, its kids' included. */
  private static String text(PDStructureElement e, PDDocument pdf, Map<String, String> texts) {
    StringBuilder text = new StringBuilder();
    for (Object kid : e.getKids()) {
      if (kid instanceof Integer mcid) {
        text.append(texts.getOrDefault(pdf.getPages().indexOf(e.getPage()) + ":" + mcid, ""));
      } else if (kid instanceof PDMarkedContentReference r) {
        PDPage page = r.getPage() != null ? r.getPage() : e.getPage();
        text.append(texts.getOrDefault(pdf.getPages().indexOf(page) + ":" + r.getMCID(), ""));
      } else if (kid instanceof PDStructureElement child) {
        text.append(text(child, pdf, texts));
      }
    }
    return text.toString();
  }

  /** The text of each marked-content sequence with an MCID, by "page:mcid". */
  private static Map<String, String> markedTexts(PDDocument pdf) throws IOException {
    Map<String, String> texts = new HashMap<>();
    for (int i = 0; i < pdf.getNumberOfPages(); i++) {
      PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
      extractor.processPage(pdf.getPage(i));
      for (PDMarkedContent content : extractor.getMarkedContents()) {
        collect(content, i, texts);
      }
    }
    return texts;
  }

  private static void collect(PDMarkedContent content, int page, Map<String, String> texts) {
    StringBuilder text = new StringBuilder();
    for (Object part : content.getContents()) {
      if (part instanceof TextPosition t) {
        text.append(t.getUnicode());
      } else if (part instanceof PDMarkedContent inner) {
        collect(inner, page, texts);
      }
    }
    if (content.getMCID() >= 0) {
      texts.merge(page + ":" + content.getMCID(), text.toString(), String::concat);
    }
  }

  private static void collectForms(PDStructureNode node, List<COSBase> into) {
    for (Object kid : node.getKids()) {
      if (kid instanceof PDStructureElement e) {
        if (e.getStructureType().equals("Form")) {
          for (Object part : e.getKids()) {
            if (part instanceof PDObjectReference r) {
              into.add(((COSDictionary) r.getReferencedObject().getCOSObject()));
            }
          }
        }
        collectForms(e, into);
      }
    }
  }

  private static List<Block> flat(List<Block> blocks) {
    return blocks.stream()
        .flatMap(b -> b instanceof KeepTogether k ? k.blocks().stream() : Stream.of(b)).toList();
  }

  /** Text without its spaces (no-break ones included) and without the list symbols' dots. */
  private static String squeeze(String text) {
    return text.replaceAll("[\\s\\u00A0\\u202F\\u2007•]", "");
  }
}
