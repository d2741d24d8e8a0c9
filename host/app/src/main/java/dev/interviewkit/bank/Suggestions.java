package dev.interviewkit.bank;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** "Did you mean" suggestions by edit distance. */
public final class Suggestions {

  private Suggestions() {}

  /** The candidate closest to {@code word}, if it is within a third of the word's length. */
  public static Optional<String> closest(String word, Collection<String> candidates) {
    if (word.length() > 100) {
      return Optional.empty();
    }
    int limit = Math.max(1, Math.min(3, word.length() / 3));
    return candidates.stream()
        .sorted()
        .min(Comparator.comparingInt(c -> distance(word, c)))
        .filter(c -> distance(word, c) <= limit);
  }

  /**
   * Edits between two words: insertions, deletions, substitutions and swaps of two neighbouring
   * letters (so {@code sede} is one edit from {@code seed}).
   */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
