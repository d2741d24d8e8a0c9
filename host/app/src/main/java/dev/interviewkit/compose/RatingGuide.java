package dev.interviewkit.compose;

import dev.interviewkit.api.doc.Block;
import dev.interviewkit.api.doc.Heading;
import dev.interviewkit.api.doc.KeepTogether;
import dev.interviewkit.api.doc.Paragraph;
import dev.interviewkit.api.doc.TextStyle;
import dev.interviewkit.bank.Question;
import dev.interviewkit.bank.SampleAnswer;
import java.util.ArrayList;
import java.util.List;

/**
 * A question's rating guide in the interviewer packet: what an answer at each written score
 * sounds like, why it earns that score and what would have raised it one point.
 */
public final class RatingGuide {

  static final String TITLE = "Rating guide";

  private RatingGuide() {}

  /** The guide for {@code question} as blocks; none when it has no sample answers. */
  public static List<Block> blocks(Question question, String roleTitle) {
    if (question.sampleAnswers().isEmpty()) {
      return List.of();
    }
    List<Block> b = new ArrayList<>();
    for (SampleAnswer sample : question.sampleAnswers().values()) {
      List<Block> one = new ArrayList<>();
      if (b.isEmpty()) {
        // The title travels with the first answer, so it never ends a page on its own.
        one.add(new Heading(3, TITLE + " · " + question.id() + " — what answers sound like "
            + "for a " + roleTitle));
      }
      one.add(new Paragraph("Sounds like a " + label(sample.score()), TextStyle.STRONG));
      one.add(Paragraph.body(quoted(sample.answer())));
      one.add(new Paragraph("Why a " + sample.score() + ": " + sample.why(), TextStyle.SMALL));
      one.add(new Paragraph("Would raise it: " + sample.raise(), TextStyle.SMALL));
      b.add(new KeepTogether(one));
    }
    return b;
  }

  /** A score with its scorecard label, e.g. {@code 3 Meets}. */
  public static String label(int score) {
    return LoopDocuments.SCORE_LABELS.get(score - 1);
  }

  /** The answer as spoken words: one paragraph in typographic quotes. */
  static String quoted(String answer) {
    return "\u201C" + answer.strip().replaceAll("\\s+", " ") + "\u201D";
  }
}
