package dev.interviewkit.plan;

import dev.interviewkit.bank.Question;
import dev.interviewkit.role.RoundSpec;
import java.util.List;
import java.util.Objects;

/** A round with the questions drawn for it and who runs it. */
public record PlannedRound(int number, RoundSpec spec, List<Question> questions,
    Interviewer interviewer) {

  public PlannedRound {
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(interviewer, "interviewer");
    questions = List.copyOf(questions);
  }

  /** Minutes the drawn questions take. */
  public int questionMinutes() {
    return questions.stream().mapToInt(Question::minutes).sum();
  }

  /** Minutes left at the end for wrap-up. */
  public int wrapUpMinutes() {
    return spec.minutes() - spec.introMinutes() - spec.candidateMinutes() - questionMinutes();
  }
}
