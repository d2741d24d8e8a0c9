package dev.interviewkit.record;

import dev.interviewkit.debrief.Scorecard;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Test data for the hiring record: loops and scorecards built without plugins or PDFs. */
final class Records {

  /** The PostgreSQL server the tests use, when .ci/run (or you) started one. */
  static final String POSTGRES_URL = System.getenv("KIT_TEST_POSTGRES_URL");
  static final String NO_POSTGRES = "KIT_TEST_POSTGRES_URL is not set (e.g. "
      + "jdbc:postgresql://localhost:5432/kit_test?user=kit&password=kit): .ci/run sets it once "
      + "it has installed and started PostgreSQL; the PostgreSQL tests are skipped";

  private Records() {}

  /** A fresh schema of its own on the test server, as record settings. */
  static RecordSettings postgresSchema() throws SQLException {
    String schema = "t_" + UUID.randomUUID().toString().replace("-", "");
    try (Connection c = DriverManager.getConnection(POSTGRES_URL);
        Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    }
    String url = POSTGRES_URL + (POSTGRES_URL.contains("?") ? "&" : "?") + "currentSchema="
        + schema;
    return new RecordSettings(url, "", "", java.util.OptionalInt.empty());
  }

  static LoopEntry loop(String candidate, String role, LocalDate date, long seed, Path folder,
      List<List<String>> questionsByRound) {
    List<LoopEntry.RoundEntry> rounds = new java.util.ArrayList<>();
    int n = 1;
    for (List<String> questions : questionsByRound) {
      String round = "round-" + n;
      rounds.add(new LoopEntry.RoundEntry(round, n, "Round " + n, "Priya Raman",
          List.of("judgement", "delivery"), questions.stream().map(q ->
              new LoopEntry.QuestionEntry(q, "bank-a", List.of("judgement"))).toList()));
      n++;
    }
    Map<String, LoopEntry.FileEntry> files = new LinkedHashMap<>();
    files.put("00-overview.pdf", new LoopEntry.FileEntry(Hashes.sha256(candidate + seed), 10));
    files.put("11-round-1-scorecard.pdf", new LoopEntry.FileEntry(Hashes.sha256("s" + seed),
        20));
    String id = dev.interviewkit.debrief.LoopIdentity.idOf(candidate, role, date, seed);
    return new LoopEntry(id, candidate, "", role, date, seed,
        folder.toAbsolutePath().resolve(date + "-" + role + "-" + seed), "plugin", "1.0",
        rounds, files);
  }

  static LoopEntry loop(String candidate, LocalDate date, long seed, Path folder) {
    return loop(candidate, "cto", date, seed, folder, List.of(List.of("q-" + seed + "-a",
        "q-" + seed + "-b"), List.of("q-" + seed + "-c")));
  }

  static Scorecard card(LoopEntry loop, String round, String judgement, String evidence,
      String recommendation) {
    return new Scorecard("/cards/" + round + ".pdf", loop.candidate(), loop.role(), round,
        loop.id(), String.valueOf(loop.seed()), loop.date().toString(),
        List.of("judgement", "delivery"), Map.of("judgement", judgement, "delivery", "na"),
        Map.of("judgement", evidence, "delivery", ""), recommendation, "Priya Raman", "",
        Map.of());
  }
}
