package dev.interviewkit.debrief;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One filled scorecard as read back from a file.
 *
 * @param scores competency id to the value chosen ({@code 1}..{@code 4}, {@code na}) or empty
 * @param evidence competency id to the evidence written, possibly empty
 * @param recommendation the value chosen, or empty
 * @param raise competency id to what would have raised the score, possibly empty
 */
public record Scorecard(
    String file,
    String candidate,
    String role,
    String round,
    String loop,
    String seed,
    String date,
    List<String> competencies,
    Map<String, String> scores,
    Map<String, String> evidence,
    String recommendation,
    String interviewer,
    String takeaways,
    Map<String, String> raise) {

  public Scorecard {
    Objects.requireNonNull(file, "file");
    competencies = List.copyOf(competencies);
    scores = Map.copyOf(scores);
    evidence = Map.copyOf(evidence);
    raise = Map.copyOf(raise);
  }

  /** A scorecard read without "what would have raised the score" fields. */
  public Scorecard(String file, String candidate, String role, String round, String loop,
      String seed, String date, List<String> competencies, Map<String, String> scores,
      Map<String, String> evidence, String recommendation, String interviewer,
      String takeaways) {
    this(file, candidate, role, round, loop, seed, date, competencies, scores, evidence,
        recommendation, interviewer, takeaways, Map.of());
  }

  /** Who filled it in: the interviewer's name, or the round when the name was left blank. */
  public String panelist() {
    return interviewer.isBlank() ? "(" + round + ")" : interviewer;
  }

  /** Each fault that makes this scorecard incomplete, in competency order. */
  public List<String> gaps() {
    List<String> gaps = new java.util.ArrayList<>();
    for (String c : competencies) {
      String score = scores.getOrDefault(c, "");
      if (score.isEmpty()) {
        gaps.add(c + " not scored");
      } else if (!score.equals("na") && evidence.getOrDefault(c, "").isBlank()) {
        gaps.add(c + " scored " + score + " without evidence");
      }
    }
    if (recommendation.isEmpty()) {
      gaps.add("no overall recommendation");
    }
    if (interviewer.isBlank()) {
      gaps.add("no interviewer name");
    }
    return gaps;
  }
}
