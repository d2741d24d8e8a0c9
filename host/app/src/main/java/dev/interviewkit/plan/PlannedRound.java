package dev.interviewkit.plan;

import dev.interviewkit.bank.Question;
import dev.interviewkit.role.RoundSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A round with the questions drawn for it and who runs it.
 *
 * @param minutes the minutes planned for each question, in order: its own minutes, stretched so
 *     the round fills its time box (see {@link Planner#stretch})
 */
public record PlannedRound(int number, RoundSpec spec, List<Question> questions,
    Interviewer interviewer, List<Integer> minutes) {

  public PlannedRound {
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(interviewer, "interviewer");
    questions = List.copyOf(questions);
    minutes = List.copyOf(minutes);
    if (minutes.size() != questions.size()) {
      throw new IllegalArgumentException(spec.id() + ": one planned time per question");
    }
  }

  /** A round whose questions take their own minutes. */
  public PlannedRound(int number, RoundSpec spec, List<Question> questions,
      Interviewer interviewer) {
    this(number, spec, questions, interviewer,
        questions.stream().map(Question::minutes).toList());
  }

  /** Minutes planned for the questions. */
  public int questionMinutes() {
    return minutes.stream().mapToInt(Integer::intValue).sum();
  }

  /** Minutes left at the end for wrap-up. */
  public int wrapUpMinutes() {
    return spec.minutes() - spec.introMinutes() - spec.candidateMinutes() - questionMinutes();
  }

  /**
   * What the round's scorecard lists: the round's competencies, then its {@code may_score} ones,
   * each only when a drawn question assesses it.
   */
  public List<String> scored() {
    List<String> scored = new ArrayList<>();
    for (String c : spec.pool()) {
      if (questions.stream().anyMatch(q -> q.assesses(c))) {
        scored.add(c);
      }
    }
    return scored;
  }

  /** The run sheet: introduction, each question, the candidate's questions, wrap-up. */
  public List<Segment> segments() {
    List<Segment> out = new ArrayList<>();
    int at = 0;
    out.add(new Segment(Segment.INTRO, at, spec.introMinutes(), -1));
    at += spec.introMinutes();
    for (int i = 0; i < questions.size(); i++) {
      out.add(new Segment("Q" + (i + 1), at, minutes.get(i), i));
      at += minutes.get(i);
    }
    out.add(new Segment(Segment.CANDIDATE, at, spec.candidateMinutes(), -1));
    at += spec.candidateMinutes();
    out.add(new Segment(Segment.WRAP_UP, at, Math.max(0, wrapUpMinutes()), -1));
    return out;
  }

  /** The drawn questions that assess {@code competency}. */
  public List<Question> assessing(String competency) {
    return questions.stream().filter(q -> q.assesses(competency)).toList();
  }
}
