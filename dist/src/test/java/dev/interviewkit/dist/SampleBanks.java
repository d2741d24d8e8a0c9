package dev.interviewkit.dist;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A copy of the shipped banks in which every question gets generated sample answers instead of
 * its own, so packets and practice packs can be tested whatever the writers have finished.
 * An answer names its question and a word for its level, never the score itself.
 */
final class SampleBanks {

  static final List<String> WORDS = List.of("weak", "partial", "solid", "outstanding");
  private static final Pattern COMPETENCY =
      Pattern.compile("(?m)^    competency: \\S+[ \\t]*$");

  private SampleBanks() {}

  /** Copies the banks into {@code to}, adding sample answers for {@code scores}. */
  static Path copy(Path to, List<Integer> scores) {
    try {
      Files.createDirectories(to);
      try (var files = Files.list(Kit.BANKS)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
          Files.writeString(to.resolve(f.getFileName()), inject(Files.readString(f), scores));
        }
      }
      return to;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A question's own {@code sample_answers}: the key and every line indented deeper. */
  private static final Pattern OWN = Pattern.compile("(?m)^    sample_answers:[ \\t]*\\n"
      + "(?:(?:      .*|[ \\t]*)(?:\\n|\\z))*");

  static String inject(String bank, List<Integer> scores) {
    // The writers' own sample answers are replaced, so the tests know every answer's text.
    String[] blocks = OWN.matcher(bank).replaceAll("").split("(?m)(?=^  - id: )");
    StringBuilder out = new StringBuilder();
    for (String block : blocks) {
      Matcher id = Pattern.compile("^  - id: (\\S+)").matcher(block);
      Matcher competency = COMPETENCY.matcher(block);
      if (!id.find() || block.contains("\n    sample_answers:") || !competency.find()) {
        out.append(block);
        continue;
      }
      StringBuilder samples = new StringBuilder("\n    sample_answers:");
      for (int s : scores) {
        samples.append("\n      ").append(s).append(":\n        answer: \"")
            .append(answer(id.group(1), s)).append("\"\n        why: \"")
            .append(why(id.group(1), s)).append("\"\n        raise: \"")
            .append(raise(id.group(1), s)).append('"');
      }
      out.append(block, 0, competency.end()).append(samples).append(block.substring(
          competency.end()));
    }
    return out.toString();
  }

  static String answer(String question, int score) {
    return "For " + question + " I gave a " + WORDS.get(score - 1) + " account of what I did.";
  }

  static String why(String question, int score) {
    return "Reasoning " + WORDS.get(score - 1) + " for " + question + ".";
  }

  static String raise(String question, int score) {
    return "Lift " + WORDS.get(score - 1) + " for " + question + ".";
  }
}
