package dev.interviewkit.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interviewkit.api.doc.Block;
import dev.interviewkit.api.doc.Heading;
import dev.interviewkit.api.doc.KeepTogether;
import dev.interviewkit.api.doc.Paragraph;
import dev.interviewkit.bank.BankCatalog;
import dev.interviewkit.bank.BankSource;
import dev.interviewkit.bank.Question;
import java.util.List;
import org.junit.jupiter.api.Test;

class RatingGuideTest {

  private static BankCatalog samples() {
    return BankCatalog.loadStrict(List.of(new BankSource("banks/samples.yaml", "question-banks",
        () -> RatingGuideTest.class.getResourceAsStream("/banks/samples.yaml"))));
  }

  @Test
  void eachWrittenScoreIsOneBlockWithAnswerWhyAndRaise() {
    Question q = samples().question("samples-scenario").orElseThrow();
    List<Block> guide = RatingGuide.blocks(q, "Director of Engineering");
    assertEquals(2, guide.size());
    KeepTogether two = (KeepTogether) guide.get(0);
    assertEquals("Rating guide · samples-scenario — what answers sound like for a Director of "
        + "Engineering", ((Heading) two.blocks().get(0)).text());
    List<String> text = two.blocks().stream().filter(Paragraph.class::isInstance)
        .map(b -> ((Paragraph) b).text()).toList();
    assertEquals(List.of("Sounds like a 2 Below",
        "\u201CI asked my manager what to do and then did it. It went fine in the end.\u201D",
        "Why a 2: Does it, but only with help, and names no cost.",
        "Would raise it: Saying what it cost and how they would know it worked."), text);
    KeepTogether three = (KeepTogether) guide.get(1);
    assertTrue(three.blocks().get(0) instanceof Paragraph p && p.text().equals(
        "Sounds like a 3 Meets"), "the title is printed once, with the first answer");
  }

  @Test
  void aQuestionWithoutSampleAnswersHasNoGuide() {
    Question q = samples().question("samples-scenario").orElseThrow();
    Question bare = new Question(q.id(), q.bankId(), q.competency(), q.levels(), q.kind(),
        q.minutes(), q.prompt(), q.followUps(), q.signals(), q.redFlags(), "", q.tags(),
        q.location());
    assertEquals(List.of(), RatingGuide.blocks(bare, "CTO"));
  }
}
