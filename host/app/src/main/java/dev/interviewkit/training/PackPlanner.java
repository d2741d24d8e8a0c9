package dev.interviewkit.training;

import dev.interviewkit.bank.BankCatalog;
import dev.interviewkit.bank.Question;
import dev.interviewkit.bank.SampleAnswer;
import dev.interviewkit.plan.Planner;
import dev.interviewkit.role.RoleDefinition;
import dev.interviewkit.role.RoundSpec;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/** Draws a practice pack: eligible questions with sample answers, shuffled with the seed. */
public final class PackPlanner {

  /** Transcripts in a pack unless asked otherwise: about what a 45-minute meeting can discuss. */
  public static final int DEFAULT_COUNT = 8;

  private PackPlanner() {}

  /** The role's (or one round's) eligible questions that have sample answers, by id. */
  public static List<Question> eligible(RoleDefinition role, List<RoundSpec> rounds,
      BankCatalog catalog) {
    Map<String, Question> all = new TreeMap<>();
    for (RoundSpec round : rounds) {
      Planner.eligible(role, round, catalog).stream()
          .filter(q -> !q.sampleAnswers().isEmpty())
          .forEach(q -> all.putIfAbsent(q.id(), q));
    }
    return List.copyOf(all.values());
  }

  /**
   * Picks up to {@code count} distinct questions in a seeded shuffle and, for each, one of its
   * sample answers, also chosen with the seed. The same inputs give the same pack.
   */
  public static PracticePack plan(RoleDefinition role, String round, List<Question> eligible,
      long seed, int count, LocalDate date) {
    if (eligible.isEmpty()) {
      throw new IllegalArgumentException("no eligible question has sample answers");
    }
    Random random = new Random(seed);
    List<Question> order = new ArrayList<>(eligible);
    Collections.shuffle(order, random);
    List<Transcript> transcripts = new ArrayList<>();
    for (Question q : order.subList(0, Math.min(count, order.size()))) {
      List<SampleAnswer> samples = List.copyOf(q.sampleAnswers().values());
      SampleAnswer pick = samples.get(random.nextInt(samples.size()));
      transcripts.add(new Transcript(String.format("T%02d", transcripts.size() + 1), q, pick));
    }
    return new PracticePack(packId(role.id(), round, seed, transcripts), role.id(),
        role.title(), round, seed, date, transcripts);
  }

  private static String packId(String role, String round, long seed, List<Transcript> ts) {
    StringBuilder text = new StringBuilder(role).append('\n').append(round).append('\n')
        .append(seed);
    ts.forEach(t -> text.append('\n').append(t.question().id()).append('=').append(t.keyScore()));
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256")
          .digest(text.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
