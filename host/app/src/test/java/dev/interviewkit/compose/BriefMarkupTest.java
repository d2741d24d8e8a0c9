package dev.interviewkit.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interviewkit.api.doc.Block;
import dev.interviewkit.api.doc.BulletList;
import dev.interviewkit.api.doc.Heading;
import dev.interviewkit.api.doc.Paragraph;
import dev.interviewkit.api.doc.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

class BriefMarkupTest {

  @Test
  void markdownBecomesHeadingsReflowedParagraphsListsAndTables() {
    String brief = """
        You lead four teams. The VP wants
        a plan by Friday.

        # The teams

        | Team | Engineers | On call |
        |------|-----------|---------|
        | Checkout | 9 | yes |
        | Search | 7 | no |

        ## What to produce
        - a structure
        - the order of the changes
        1. first
        2. second
        """;
    List<Block> blocks = BriefMarkup.blocks(brief, 1);
    assertEquals(Paragraph.body("You lead four teams. The VP wants a plan by Friday."),
        blocks.get(0));
    assertEquals(new Heading(2, "The teams"), blocks.get(1));
    Table table = (Table) blocks.get(2);
    assertEquals(List.of("Team", "Engineers", "On call"), table.header());
    assertEquals(List.of(List.of("Checkout", "9", "yes"), List.of("Search", "7", "no")),
        table.rows());
    assertEquals(new Heading(3, "What to produce"), blocks.get(3));
    assertEquals(new BulletList(List.of("a structure", "the order of the changes")),
        blocks.get(4));
    assertEquals(new BulletList(List.of("first", "second"), true), blocks.get(5));
  }

  @Test
  void aBriefTypedWithSpaceAlignedColumnsBecomesATable() {
    String brief = """
        You are Director of Engineering for Payments.

        Team              EM     Engineers (senior / mid / junior)   Notes
        Card processing   Lena   10 (4 / 4 / 2)                      heavy on-call
        Payouts           Marc   9  (2 / 5 / 2)                      Marc also acts as tech lead
        Risk and fraud    Dev    7  (1 / 3 / 3)                      shares one staff engineer with
                                                                     Payouts

        Other facts
        - Attrition last year: 14%.
        """;
    List<Block> blocks = BriefMarkup.blocks(brief, 1);
    Table table = (Table) blocks.get(1);
    assertEquals(List.of("Team", "EM", "Engineers (senior / mid / junior)", "Notes"),
        table.header());
    assertEquals(3, table.rows().size());
    assertEquals(List.of("Payouts", "Marc", "9 (2 / 5 / 2)", "Marc also acts as tech lead"),
        table.rows().get(1));
    assertEquals("shares one staff engineer with Payouts", table.rows().get(2).get(3));
    assertEquals(Paragraph.body("Other facts"), blocks.get(2));
    assertEquals(new BulletList(List.of("Attrition last year: 14%.")), blocks.get(3));
  }

  @Test
  void aLabelOverIndentedLinesIsNotRunTogether() {
    String brief = """
        Payments (34 engineers)
          deploys per week 12 -> 35;
          lead time 4 days -> 4 days
        Growth (22 engineers)
          deploys per week 25 -> 24
        """;
    List<Block> blocks = BriefMarkup.blocks(brief, 1);
    assertEquals(List.of(Paragraph.body("Payments (34 engineers)"),
        Paragraph.body("deploys per week 12 -> 35; lead time 4 days -> 4 days"),
        Paragraph.body("Growth (22 engineers)"), Paragraph.body("deploys per week 25 -> 24")),
        blocks);
  }

  @Test
  void proseWithDoubleSpacesAfterSentencesStaysProse() {
    String brief = "One sentence.  Another one follows it.\nAnd a third.  With a fourth.\n";
    List<Block> blocks = BriefMarkup.blocks(brief, 1);
    assertEquals(1, blocks.size());
    assertTrue(blocks.get(0) instanceof Paragraph);
    assertFalse(blocks.stream().anyMatch(Table.class::isInstance));
  }
}
