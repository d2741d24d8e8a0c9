package dev.interviewkit.training;

import dev.interviewkit.bank.Question;
import dev.interviewkit.bank.SampleAnswer;
import java.util.Objects;

/**
 * One practice transcript: a question and one of its sample answers, to be scored unlabelled.
 *
 * @param id {@code T01}, {@code T02}, ... in pack order
 * @param sample the sample answer; its score is the key's and never printed on the transcript
 */
public record Transcript(String id, Question question, SampleAnswer sample) {

  public Transcript {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(sample, "sample");
    if (!id.matches("T\\d{2,3}")) {
      throw new IllegalArgumentException("transcript id must look like T01, got " + id);
    }
  }

  /** The competency the transcript is scored on: the question's own. */
  public String competency() {
    return question.competency();
  }

  /** The key's score. */
  public int keyScore() {
    return sample.score();
  }
}
