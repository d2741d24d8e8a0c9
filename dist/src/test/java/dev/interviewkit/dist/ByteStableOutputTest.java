package dev.interviewkit.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same loop gives byte-identical files across JVMs, time zones and default locales. */
class ByteStableOutputTest {

  @TempDir Path tmp;

  @Test
  void sameLoopHashesTheSameUnderDifferentTimeZonesAndLocales() throws Exception {
    Map<String, String> first = generate(tmp.resolve("a"), "Pacific/Auckland", "de", "DE");
    Map<String, String> second = generate(tmp.resolve("b"), "America/Los_Angeles", "tr", "TR");
    assertTrue(first.size() >= 10, "too few files: " + first.keySet());
    assertEquals(first, second);
  }

  private Map<String, String> generate(Path out, String tz, String language, String country)
      throws IOException, InterruptedException, NoSuchAlgorithmException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    ProcessBuilder pb = new ProcessBuilder(java.toString(),
        "-Duser.timezone=" + tz, "-Duser.language=" + language, "-Duser.country=" + country,
        "-Dinterviewkit.home=" + Kit.HOME, "-Dinterviewkit.config=" + out.resolve("config"),
        "-cp", Kit.HOME.resolve("lib") + "/*", "dev.interviewkit.cli.Main",
        "packet", "--role", "director-of-engineering", "--candidate", "Zoë Ångström-Дмитриев",
        "--date", "2026-12-03", "--seed", "99", "--banks", Kit.BANKS.toString(),
        "--out", out.resolve("loops").toString());
    pb.environment().put("TZ", tz);
    pb.redirectErrorStream(true);
    Process p = pb.start();
    String output = new String(p.getInputStream().readAllBytes());
    assertEquals(0, p.waitFor(), output);
    Map<String, String> hashes = new TreeMap<>();
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    try (Stream<Path> files = Files.walk(out.resolve("loops"))) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        hashes.put(out.resolve("loops").relativize(f).toString(),
            HexFormat.of().formatHex(sha.digest(Files.readAllBytes(f))));
      }
    }
    return hashes;
  }

}
