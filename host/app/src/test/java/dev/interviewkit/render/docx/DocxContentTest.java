package dev.interviewkit.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interviewkit.api.RenderException;
import dev.interviewkit.api.doc.Block;
import dev.interviewkit.api.doc.BulletList;
import dev.interviewkit.api.doc.Callout;
import dev.interviewkit.api.doc.Choice;
import dev.interviewkit.api.doc.DocumentInfo;
import dev.interviewkit.api.doc.Paper;
import dev.interviewkit.api.doc.ChoiceGroup;
import dev.interviewkit.api.doc.Heading;
import dev.interviewkit.api.doc.KeepTogether;
import dev.interviewkit.api.doc.NoteLines;
import dev.interviewkit.api.doc.Paragraph;
import dev.interviewkit.api.doc.SideBySide;
import dev.interviewkit.api.doc.Table;
import dev.interviewkit.api.doc.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

class DocxContentTest {

  @Test
  void everyTextOfTheModelAppearsInDocumentOrder() {
    XWPFDocument doc = RenderedDocx.render(SampleDocuments.packet());

    assertEquals(expectedTexts(SampleDocuments.packetBlocks()), RenderedDocx.texts(doc));
  }

  @Test
  void candidateNameWithDiacriticsAndCyrillicSurvivesIntact() {
    XWPFDocument doc = RenderedDocx.render(SampleDocuments.packet());

    XWPFParagraph title =
        RenderedDocx.paragraphs(doc).stream()
            .filter(p -> "Title".equals(p.getStyleID()))
            .findFirst()
            .orElseThrow();
    assertEquals("Zoë Ångström-Дмитриев", title.getText());
    assertTrue(doc.getHeaderArray(0).getText().contains("Zoë Ångström-Дмитриев"));
    assertEquals(
        "Zoë Ångström-Дмитриев",
        doc.getProperties().getCustomProperties().getProperty("candidate").getLpwstr());
  }

  @Test
  void leadingTitleIsPrecededByAnInvisibleParagraphSoConvertersKeepItInTheBody() {
    XWPFDocument doc = RenderedDocx.render(SampleDocuments.packet());

    XWPFParagraph first = doc.getParagraphs().get(0);
    assertEquals("", first.getText());
    assertEquals(1, first.getCTP().sizeOfBookmarkStartArray());
    assertEquals("Subtitle", doc.getParagraphs().get(1).getStyleID());
  }

  @Test
  void documentNotStartingWithATitleGetsNoExtraParagraph() {
    XWPFDocument doc =
        RenderedDocx.render(SampleDocuments.of(List.of(new Heading(1, "Overview"))));

    assertEquals("Overview", doc.getParagraphs().get(0).getText());
  }

  @Test
  void lineFeedsBecomeLineBreaksAndTabsTabsInsideOneParagraph() {
    XWPFDocument doc =
        RenderedDocx.render(
            SampleDocuments.of(List.of(Paragraph.body("first line\nsecond\tcolumn"))));

    assertEquals(List.of("first line\nsecond\tcolumn"), RenderedDocx.texts(doc));
  }

  @Test
  void markupCharactersAndOuterSpacesSurviveInEveryPart() {
    String tricky = "  R&D <lead> \"quoted\" 'single' a&amp;b ]]> ";
    DocumentInfo info =
        new DocumentInfo(
            "Title " + tricky, "Header " + tricky, "Footer " + tricky, Paper.A4,
            SampleDocuments.DATE, Map.of("name " + tricky, "value " + tricky));
    ChoiceGroup group =
        new ChoiceGroup(
            "r&d:<x>:score", "Group " + tricky, tricky,
            List.of(new Choice("1", "One " + tricky, tricky), new Choice("2", "Two", "")),
            "r&d:<x>:evidence", 1);
    List<Block> blocks =
        List.of(
            Paragraph.body(tricky),
            new Heading(2, tricky),
            Table.of(List.of("Head " + tricky), List.of(List.of(tricky))),
            new BulletList(List.of(tricky)),
            new Callout(tricky),
            group);

    XWPFDocument doc =
        RenderedDocx.render(new dev.interviewkit.api.doc.Document(info, blocks));

    assertEquals(
        expectedTexts(blocks).stream().map(String::strip).toList(), RenderedDocx.texts(doc));
    assertEquals(tricky, doc.getParagraphs().get(0).getText());
    assertEquals("Header " + tricky, doc.getHeaderArray(0).getText().replace("\n", ""));
    assertTrue(doc.getFooterArray(0).getText().startsWith("Footer " + tricky + "\tPage "),
        doc.getFooterArray(0).getText());
    assertEquals("Title " + tricky, doc.getProperties().getCoreProperties().getTitle());
    assertEquals(
        "value " + tricky,
        doc.getProperties().getCustomProperties().getProperty("name " + tricky).getLpwstr());
    RenderedDocx.find(doc, "r&d:<x>:score");
    RenderedDocx.find(doc, "r&d:<x>:evidence");
  }

  @Test
  void textAWordFileCannotHoldIsRefusedWithTheOffendingCharacter() {
    RenderException e =
        assertThrows(
            RenderException.class,
            () -> RenderedDocx.bytes(SampleDocuments.of(List.of(Paragraph.body("bell\u0007")))));

    assertTrue(e.getMessage().contains("U+0007"), e.getMessage());
  }

  @Test
  void strongParagraphIsBoldAndSmallParagraphIsEightPoint() {
    XWPFDocument doc =
        RenderedDocx.render(
            SampleDocuments.of(
                List.of(
                    new Paragraph("bold", TextStyle.STRONG),
                    new Paragraph("fine print", TextStyle.SMALL))));

    List<XWPFParagraph> paragraphs = doc.getParagraphs();
    assertTrue(paragraphs.get(0).getRuns().get(0).isBold());
    assertEquals(8.0, paragraphs.get(1).getRuns().get(0).getFontSizeAsDouble());
  }

  /** The texts a reader should find, in order, derived from the model. */
  static List<String> expectedTexts(List<Block> blocks) {
    List<String> texts = new ArrayList<>();
    for (Block block : blocks) {
      if (block instanceof Heading h) {
        texts.add(h.text());
      } else if (block instanceof Paragraph p) {
        texts.add(p.text());
      } else if (block instanceof BulletList l) {
        texts.addAll(l.items());
      } else if (block instanceof Callout c) {
        texts.add(c.text());
      } else if (block instanceof Table t) {
        texts.addAll(t.header());
        t.rows().forEach(texts::addAll);
      } else if (block instanceof SideBySide s) {
        texts.add(s.leftTitle());
        texts.add(s.rightTitle());
        texts.addAll(s.left());
        texts.addAll(s.right());
      } else if (block instanceof NoteLines n) {
        texts.add(n.label());
      } else if (block instanceof ChoiceGroup g) {
        texts.add(g.title());
        texts.add(g.description());
        texts.add(ContentControls.NOTHING_CHOSEN + "\tOn paper, circle one: "
            + String.join(" · ", g.choices().stream().map(Choice::label).toList()));
        for (Choice choice : g.choices()) {
          if (!choice.detail().isEmpty()) {
            texts.add(choice.label() + ": " + choice.detail());
          }
        }
      } else if (block instanceof KeepTogether k) {
        texts.addAll(expectedTexts(k.blocks()));
      }
    }
    return texts.stream().filter(t -> !t.isBlank()).toList();
  }
}
