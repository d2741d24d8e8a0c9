package dev.interviewkit.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The self-contained image as bin/make-image makes it from the unpacked release archive: its
 * native launcher writes a Director loop with no Java, Maven or git on PATH, and the .deb made
 * from it (where dpkg-deb and fakeroot exist) installs that launcher and the four plugins.
 */
class ApplicationImageIT {

  static final Path JDK = Path.of(System.getProperty("java.home"));
  static final Path ROOT = Path.of(System.getProperty("release.work") + "-image");

  @Test
  void imageWritesADirectorLoopWithoutJavaOnPathAndPackagesAsADeb() throws Exception {
    assumeTrue(Files.isExecutable(JDK.resolve("bin/jpackage")), "SKIPPED: no jpackage in " + JDK);
    boolean deb = ReleaseArchiveIT.onPath("dpkg-deb") && ReleaseArchiveIT.onPath("fakeroot");
    Map<String, String> sys = Map.of("PATH", "/usr/bin:/bin");
    if (Files.exists(ROOT)) {
      ReleaseArchiveIT.exec(ROOT.getParent(), List.of("rm", "-rf", ROOT.toString()), sys);
    }
    Path unpacked = Files.createDirectories(ROOT.resolve("opt"));
    ReleaseArchiveIT.exec(unpacked, List.of("tar", "xzf", ReleaseArchiveIT.BASE + ".tar.gz"), sys);
    Path home = unpacked.resolve(ReleaseArchiveIT.TOP);
    Path dest = ROOT.resolve("image");
    String made = ReleaseArchiveIT.exec(ROOT, deb
        ? List.of(home.resolve("bin/make-image").toString(), dest.toString(), "--deb")
        : List.of(home.resolve("bin/make-image").toString(), dest.toString()),
        Map.of("PATH", "/usr/bin:/bin", "JAVA_HOME", JDK.toString(),
            "TMPDIR", System.getProperty("java.io.tmpdir")), 1800);
    Path launcher = dest.resolve("interview-kit/bin/interview-kit");
    assertEquals(launcher.toString(), made.lines().findFirst().orElse(""), made);
    assertTrue(Files.isExecutable(launcher), made);

    Map<String, String> bare = Map.of("PATH", "/bin", "HOME", ROOT.resolve("home").toString());
    String roles = ReleaseArchiveIT.exec(ROOT, List.of(launcher.toString(), "roles"), bare);
    for (String role : List.of("engineering-manager", "director-of-engineering",
        "vp-of-engineering", "cto")) {
      assertTrue(roles.contains(role), roles);
    }
    Path out = ROOT.resolve("packets");
    String printed = ReleaseArchiveIT.exec(ROOT, List.of(launcher.toString(), "packet", "--role",
        "director-of-engineering", "--candidate", "Jane Doe", "--out", out.toString()), bare);
    List<Path> pdfs = printed.lines().filter(l -> l.endsWith(".pdf")).map(Path::of).toList();
    assertTrue(pdfs.size() >= 9, printed);
    Path overview = pdfs.stream().filter(p -> p.endsWith("00-overview.pdf")).findFirst()
        .orElseThrow(() -> new AssertionError(printed));
    try (PDDocument doc = Loader.loadPDF(overview.toFile())) {
      String text = new PDFTextStripper().getText(doc);
      assertTrue(text.contains("Jane Doe") && text.contains("Director of Engineering"), text);
    }

    if (deb) {
      Path file = Path.of(made.lines().filter(l -> l.endsWith(".deb")).findFirst()
          .orElseThrow(() -> new AssertionError("no .deb in: " + made)));
      assertEquals("interview-kit", ReleaseArchiveIT.exec(ROOT,
          List.of("dpkg-deb", "-f", file.toString(), "Package"), sys).strip());
      String contents = ReleaseArchiveIT.exec(ROOT, List.of("dpkg-deb", "-c", file.toString()),
          sys);
      assertTrue(contents.contains("./opt/interview-kit/bin/interview-kit"), contents);
      for (String plugin : List.of("engineering-manager", "director-of-engineering",
          "vp-of-engineering", "cto")) {
        assertTrue(contents.contains("./opt/interview-kit/lib/app/plugins/" + plugin + ".jar"),
            plugin + " missing from the .deb");
      }
    }
  }
}
