package dev.interviewkit.coordinator;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.interviewkit.bank.Bank;
import dev.interviewkit.bank.BankCatalog;
import dev.interviewkit.bank.Question;
import dev.interviewkit.plan.Loop;
import dev.interviewkit.plan.PlannedRound;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a candidate's copy must never contain: the handout no-leak test's list, shared by every
 * candidate document (handouts, the letter, the candidate's calendar).
 */
public final class CandidateSafety {

  /** Words that belong to scoring and to the interviewers' side, matched case-insensitively. */
  public static final List<String> INTERVIEWER_WORDS = List.of("anchor", "red flag",
      "strong answers show", "follow-up", "scorecard", "score", "well below", "clearly above",
      "strong no", "strong yes", "recommendation", "rating guide", "signal", "rubric",
      "interviewer use only", "confidential", "competenc", "persona", "packet",
      "sample answer", "role-play");

  private CandidateSafety() {}

  /** Fails when {@code text} holds an interviewer word or anything of a question but its brief. */
  public static void assertSafe(Loop loop, BankCatalog catalog, String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (String word : INTERVIEWER_WORDS) {
      assertFalse(lower.contains(word), "candidate copy says '" + word + "': " + text);
    }
    for (String secret : secrets(loop, catalog)) {
      assertFalse(text.contains(secret), "candidate copy leaks '" + secret + "'");
    }
  }

  /** Every question id of the banks, and everything of the loop's questions but the brief. */
  static List<String> secrets(Loop loop, BankCatalog catalog) {
    List<String> out = new ArrayList<>();
    for (Bank bank : catalog.banks()) {
      bank.questions().forEach(q -> out.add(q.id()));
    }
    for (PlannedRound round : loop.rounds()) {
      if (!round.spec().focus().isEmpty()) {
        out.add(round.spec().focus());
      }
      for (Question q : round.questions()) {
        out.add(q.prompt());
        out.addAll(q.followUps());
        out.addAll(q.signals());
        out.addAll(q.redFlags());
        q.alsoAssesses().forEach(a -> out.addAll(a.signals()));
        for (String para : q.interviewerScript().split("\\n\\s*\\n")) {
          if (!para.isBlank()) {
            out.add(para.strip());
          }
        }
        q.sampleAnswers().values().forEach(a -> out.add(a.answer()));
      }
    }
    return out;
  }
}
