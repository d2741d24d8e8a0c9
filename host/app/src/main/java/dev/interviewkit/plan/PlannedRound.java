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

  /** The scorecard lists more than this only when its own competencies and questions need it. */
  public static final int MAX_SCORED = 3;

  /**
   * What the round's scorecard lists, in the order of the round's competencies, its
   * {@code second_view} and then its {@code may_score} ones: every competency of the round's
   * {@code competencies} and {@code second_view}, every
   * {@code may_score} competency that is a drawn question's own competency, and, while the list
   * is shorter than {@link #MAX_SCORED}, the {@code may_score} competencies a drawn question also
   * assesses. Each is assessed by a drawn question; nothing else is listed.
   */
  public List<String> scored() {
    java.util.Set<String> chosen = new java.util.HashSet<>();
    List<String> pool = spec.pool();
    List<String> required = spec.required();
    for (String c : pool) {
      if (required.contains(c)
          || questions.stream().anyMatch(q -> q.competency().equals(c))) {
        chosen.add(c);
      }
    }
    for (String c : pool) {
      if (chosen.size() >= MAX_SCORED) {
        break;
      }
      if (questions.stream().anyMatch(q -> q.assesses(c))) {
        chosen.add(c);
      }
    }
    List<String> scored = new ArrayList<>();
    for (String c : pool) {
      if (chosen.contains(c) && questions.stream().anyMatch(q -> q.assesses(c))) {
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

  /**
   * Whether this round is {@code competency}'s primary assessor: the round holds it in its
   * {@code competencies}, so it is scored here in every loop. Any other round that scores it
   * gives a second view.
   */
  public boolean primaryFor(String competency) {
    return spec.competencies().contains(competency);
  }

  /** The drawn questions that assess {@code competency}. */
  public List<Question> assessing(String competency) {
    return questions.stream().filter(q -> q.assesses(competency)).toList();
  }
}
