package dev.interviewkit.coordinator;

import dev.interviewkit.bank.Kind;
import dev.interviewkit.bank.Question;
import dev.interviewkit.plan.PlannedRound;
import java.util.Set;
import java.util.stream.Collectors;

/** A round's format in the candidate's words: what kind of conversation, never what is asked. */
final class RoundFormat {

  private RoundFormat() {}

  static String of(PlannedRound round) {
    Set<Kind> kinds = round.questions().stream().map(Question::kind).collect(Collectors.toSet());
    String format;
    if (kinds.contains(Kind.EXERCISE)) {
      format = "a short exercise and a conversation about it";
    } else if (kinds.contains(Kind.DESIGN)) {
      format = "a technical design discussion";
    } else if (kinds.contains(Kind.SCENARIO) && kinds.contains(Kind.BEHAVIOURAL)) {
      format = "a conversation about your experience and situations you might face";
    } else if (kinds.contains(Kind.SCENARIO)) {
      format = "a conversation about situations you might face in the role";
    } else {
      format = "a conversation about your experience";
    }
    return format + ", with time for your own questions at the end";
  }
}
