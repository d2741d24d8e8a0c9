package dev.interviewkit.service;

import dev.interviewkit.bank.BankCatalog;
import dev.interviewkit.bank.Problem;
import dev.interviewkit.record.HiringRecord;
import dev.interviewkit.record.QuestionExposure;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code validate}'s warnings about questions asked at or over {@code record.exposure_limit}. */
public final class ExposureWarnings {

  private ExposureWarnings() {}

  /** One warning per bank question asked at least {@code limit} times in 365 days. */
  public static List<Problem> of(HiringRecord record, int limit, BankCatalog catalog,
      LocalDate today) {
    List<Problem> warnings = new ArrayList<>();
    for (QuestionExposure q : record.exposure(Optional.empty(), today)) {
      if (q.last365() < limit) {
        continue;
      }
      String message = "warning: question '" + q.questionId() + "' was asked " + q.last365()
          + " times in the last 365 days (last on " + q.lastAsked() + "), at or over "
          + "record.exposure_limit " + limit + "; the planner avoids it where it can, consider "
          + "retiring or rewording it";
      catalog.question(q.questionId()).ifPresent(question ->
          warnings.add(question.location().problem(message)));
    }
    return warnings;
  }
}
