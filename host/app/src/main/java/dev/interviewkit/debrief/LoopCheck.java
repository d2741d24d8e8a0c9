package dev.interviewkit.debrief;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Decides which loop a set of files is the debrief of, and which scorecards belong to it: never
 * by which file came first. The loop is the one {@code --loop} names, else the one the loop
 * overviews given name, else the one most scorecards name; each scorecard must match it, the
 * overview in its own folder, and the role's rounds, and no round or file may come twice.
 */
public final class LoopCheck {

  private LoopCheck() {}

  /**
   * The outcome.
   *
   * @param loop the loop decided, empty when it cannot be decided (see {@code undecided})
   * @param used the scorecards that belong, in the role's round order
   * @param refused file to its problems, in the order the files were given
   * @param undecided why no loop could be decided, or ""
   */
  public record Result(Optional<LoopIdentity> loop, List<Scorecard> used,
      Map<String, List<String>> refused, String undecided) {}

  /**
   * Checks {@code reads}.
   *
   * @param explicit the loop id given with {@code --loop}, if any
   * @param rounds the role's round ids in order, for a role that is installed
   * @param overviewOf reads the overview a folder holds, if any
   */
  public static Result check(List<ScorecardReader.Read> reads, Optional<String> explicit,
      Function<String, Optional<List<String>>> rounds,
      Function<Path, Optional<LoopIdentity>> overviewOf) {
    Map<String, List<String>> refused = new LinkedHashMap<>();
    reads.forEach(r -> {
      if (!r.problems().isEmpty()) {
        refused.put(r.file().toString(), new ArrayList<>(r.problems()));
      }
    });
    List<ScorecardReader.Read> cards = new ArrayList<>();
    for (ScorecardReader.Read r : reads) {
      if (r.card().isEmpty()) {
        continue;
      }
      LoopIdentity own = r.loop().orElseThrow();
      Optional<LoopIdentity> folder = overviewOf.apply(folderOf(r.file()));
      if (folder.isPresent() && !folder.get().id().equals(own.id())) {
        refused.computeIfAbsent(r.file().toString(), k -> new ArrayList<>()).add("names loop "
            + own.describe() + " but the overview in its folder is of loop "
            + folder.get().describe());
      } else {
        cards.add(r);
      }
    }
    Optional<LoopIdentity> loop;
    String undecided = "";
    Map<String, LoopIdentity> named = new LinkedHashMap<>();
    Map<String, Integer> votes = new LinkedHashMap<>();
    for (ScorecardReader.Read r : cards) {
      named.putIfAbsent(r.loop().orElseThrow().id(), r.loop().orElseThrow());
      votes.merge(r.loop().orElseThrow().id(), 1, Integer::sum);
    }
    List<LoopIdentity> overviews = reads.stream().flatMap(r -> r.overview().stream())
        .distinct().toList();
    if (explicit.isPresent()) {
      loop = Optional.ofNullable(named.get(explicit.get()))
          .or(() -> overviews.stream().filter(o -> o.id().equals(explicit.get())).findFirst());
      if (loop.isEmpty()) {
        undecided = "no file given belongs to loop " + explicit.get();
      }
    } else if (overviews.size() == 1) {
      loop = Optional.of(overviews.get(0));
    } else if (overviews.size() > 1) {
      loop = Optional.empty();
      undecided = "the overviews given are of " + overviews.size() + " different loops ("
          + String.join("; ", overviews.stream().map(LoopIdentity::describe).toList())
          + "); give one, or name the loop with --loop ID";
    } else {
      int most = votes.values().stream().mapToInt(Integer::intValue).max().orElse(0);
      List<String> top = votes.entrySet().stream().filter(e -> e.getValue() == most)
          .map(Map.Entry::getKey).toList();
      if (top.size() == 1) {
        loop = Optional.of(named.get(top.get(0)));
      } else {
        loop = Optional.empty();
        undecided = top.isEmpty() ? "no readable scorecard among " + reads.size() + " file"
            + (reads.size() == 1 ? "" : "s")
            : "the scorecards name " + top.size() + " loops equally often ("
                + String.join("; ", top.stream().map(id -> named.get(id).describe() + ": "
                    + votes.get(id) + " file" + (votes.get(id) == 1 ? "" : "s")).toList())
                + "); name the loop with --loop ID";
      }
    }
    if (loop.isEmpty()) {
      return new Result(loop, List.of(), refused, undecided);
    }
    LoopIdentity the = loop.get();
    Optional<List<String>> roleRounds = rounds.apply(the.role());
    Map<String, ScorecardReader.Read> byHash = new LinkedHashMap<>();
    Map<Path, ScorecardReader.Read> byPath = new LinkedHashMap<>();
    Map<String, List<ScorecardReader.Read>> byRound = new LinkedHashMap<>();
    Set<String> names = new java.util.HashSet<>();
    for (ScorecardReader.Read r : cards) {
      String file = names.add(r.file().toString()) ? r.file().toString()
          : r.file() + " (given again)";
      LoopIdentity own = r.loop().orElseThrow();
      Scorecard card = r.card().orElseThrow();
      List<String> problems = new ArrayList<>();
      if (!own.id().equals(the.id())) {
        problems.add("belongs to another loop, " + own.describe() + ", not to this debrief's loop "
            + the.describe());
      }
      roleRounds.filter(ids -> !ids.contains(card.round())).ifPresent(ids -> problems.add(
          "round '" + card.round() + "' is not a round of role " + the.role() + " ("
              + String.join(", ", ids) + ")"));
      Path real = realPath(r.file());
      if (problems.isEmpty() && byPath.containsKey(real)) {
        problems.add("is given twice; it is counted once");
      } else if (problems.isEmpty() && byHash.containsKey(r.hash())) {
        problems.add("is the same file as " + byHash.get(r.hash()).file()
            + " (identical content); it is counted once");
      }
      if (!problems.isEmpty()) {
        refused.computeIfAbsent(file, k -> new ArrayList<>()).addAll(problems);
        continue;
      }
      byPath.put(real, r);
      byHash.put(r.hash(), r);
      byRound.computeIfAbsent(card.round(), k -> new ArrayList<>()).add(r);
    }
    List<Scorecard> used = new ArrayList<>();
    byRound.forEach((round, same) -> {
      if (same.size() == 1) {
        used.add(same.get(0).card().orElseThrow());
        return;
      }
      for (ScorecardReader.Read r : same) {
        List<String> others = same.stream().filter(o -> o != r).map(o -> o.file().toString())
            .toList();
        refused.computeIfAbsent(r.file().toString(), k -> new ArrayList<>()).add("round '"
            + round + "' is also scored in " + String.join(", ", others) + " (with other"
            + " answers); keep only the scorecard that counts");
      }
    });
    List<String> order = roleRounds.orElse(List.of());
    used.sort((a, b) -> Integer.compare(rank(order, a.round()), rank(order, b.round())));
    Map<String, List<String>> inGivenOrder = new LinkedHashMap<>();
    for (ScorecardReader.Read r : reads) {
      for (String f : List.of(r.file().toString(), r.file() + " (given again)")) {
        if (refused.containsKey(f) && !inGivenOrder.containsKey(f)) {
          inGivenOrder.put(f, List.copyOf(refused.get(f)));
        }
      }
    }
    return new Result(loop, used, inGivenOrder, "");
  }

  private static int rank(List<String> order, String round) {
    int i = order.indexOf(round);
    return i < 0 ? Integer.MAX_VALUE : i;
  }

  private static Path folderOf(Path file) {
    Path parent = file.toAbsolutePath().normalize().getParent();
    return parent == null ? Path.of("/") : parent;
  }

  private static Path realPath(Path file) {
    try {
      return file.toRealPath();
    } catch (IOException e) {
      return file.toAbsolutePath().normalize();
    }
  }

  /** The overview files a loop folder may hold, as {@code packet} names them. */
  public static final List<String> OVERVIEW_FILES = List.of("00-overview.pdf", "00-overview.docx");

  /** Reads the overview in {@code folder}, if there is a readable one. */
  public static Optional<LoopIdentity> overviewIn(Path folder) {
    for (String name : OVERVIEW_FILES) {
      Path file = folder.resolve(name);
      if (Files.isRegularFile(file)) {
        ScorecardReader.Read read = ScorecardReader.read(file);
        if (read.overview().isPresent()) {
          return read.overview();
        }
      }
    }
    return Optional.empty();
  }
}
