package dev.interviewkit.dist;

import static dev.interviewkit.dist.PluginFaultsTest.assertFaultReported;
import static dev.interviewkit.dist.PluginFaultsTest.assertNoTrace;
import static dev.interviewkit.dist.PluginFaultsTest.assertOneLineNames;
import static dev.interviewkit.dist.PluginFaultsTest.assertPacketFails;
import static dev.interviewkit.dist.PluginFaultsTest.pluginsIn;
import static dev.interviewkit.dist.PluginFaultsTest.validRole;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plugins that misbehave once loaded (null, exceptions, a call that never returns, a bank that
 * does not validate, a renderer claiming a built-in format), each beside the built-in plugins: it
 * is disabled for the run with one line naming it and the fault, and the built-in roles still
 * produce loops.
 */
class PluginIsolationTest {

  @TempDir Path work;

  @BeforeAll
  static void quietPf4j() {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "off");
  }

  @Test
  void blueprintReturnsNull() throws IOException {
    Path plugins = pluginsIn(work, kit("bp-null", "return null;"));
    String fault = "disabled for this run: blueprint\\(\\) returned null";
    assertFaultReported(plugins, "bp-null", "plugin bp-null \\(bp-null\\.jar\\): " + fault);
    assertOneLineNames(roles(plugins).err(), "bp-null");
    assertPacketFails(plugins, "bp-null", 7, "kit: role 'bp-null' is unavailable: plugin bp-null "
        + fault);
  }

  @Test
  void blueprintNeverReturns() throws IOException {
    Path plugins = pluginsIn(work, kit("bp-hangs",
        "try { new java.util.concurrent.CountDownLatch(1).await(); } "
            + "catch (InterruptedException e) { Thread.currentThread().interrupt(); } return null;"));
    System.setProperty("interviewkit.plugin.timeout.ms", "2000");
    try {
      String fault = "disabled for this run: blueprint\\(\\) did not answer within 2 s";
      assertFaultReported(plugins, "bp-hangs", "plugin bp-hangs \\(bp-hangs\\.jar\\): " + fault);
      assertPacketFails(plugins, "bp-hangs", 7, "kit: role 'bp-hangs' is unavailable: plugin "
          + "bp-hangs " + fault);
    } finally {
      System.clearProperty("interviewkit.plugin.timeout.ms");
    }
  }

  @Test
  void extensionConstructorThrows() throws IOException {
    Path jar = PluginJar.withId("ctor-throws")
        .source("com.example.CtorThrows", """
            package com.example;

            import dev.interviewkit.api.KitResource;
            import dev.interviewkit.api.RoleKit;
            import org.pf4j.Extension;

            @Extension
            public final class CtorThrows implements RoleKit {
              public CtorThrows() {
                throw new IllegalStateException("no licence key");
              }

              @Override
              public KitResource blueprint() {
                return null;
              }
            }
            """)
        .build(work);
    Path plugins = pluginsIn(work, jar);
    String fault = "disabled for this run: creating its extension com\\.example\\.CtorThrows "
        + "threw IllegalStateException: no licence key";
    assertFaultReported(plugins, "ctor-throws", "plugin ctor-throws \\(ctor-throws\\.jar\\): "
        + fault);
    assertOneLineNames(roles(plugins).err(), "ctor-throws");
    assertPacketFails(plugins, "ctor-throws", 7, "kit: role 'ctor-throws' is unavailable: plugin "
        + "ctor-throws " + fault);
  }

  @Test
  void rendererFormatThrowsBreaksNeitherPacketNorDebrief() throws IOException {
    Path jar = validRole("format-throws", "format-throws")
        .source("com.example.OdtRenderer", renderer("OdtRenderer",
            "throw new IllegalStateException(\"format table missing\");", "out.write(1);"))
        .build(work);
    Path plugins = pluginsIn(work, jar);
    String warning = "plugin format-throws \\(format-throws\\.jar\\): disabled for this run: "
        + "format\\(\\) threw IllegalStateException: format table missing";
    assertFaultReported(plugins, "format-throws", warning);
    assertOneLineNames(roles(plugins).err(), "format-throws");
    Kit packet = kitWith(plugins, "packet", "--role", "cto", "--candidate", "Jane Doe", "--date",
        "2026-12-03", "--format", "pdf,docx", "--out", work.resolve("both").toString());
    assertEquals(0, packet.exitCode(), packet.err());
    assertEquals("", packet.err());

    Kit cards = kitWith(plugins, "scorecards", "--role", "director-of-engineering",
        "--candidate", "Jane Doe", "--date", "2026-12-03", "--format", "pdf", "--out",
        work.resolve("cards").toString());
    assertEquals(0, cards.exitCode(), cards.err());
    List<String> debriefArgs = new java.util.ArrayList<>(List.of("debrief", "--out",
        work.resolve("debrief").toString()));
    cards.paths().forEach(p -> debriefArgs.add(p.toString()));
    Kit debrief = kitWith(plugins, debriefArgs.toArray(String[]::new));
    assertEquals(0, debrief.exitCode(), debrief.err());
    assertNoTrace(debrief.err());
    Path pdf = debrief.paths().stream().filter(p -> p.toString().endsWith("90-debrief.pdf"))
        .findFirst().orElseThrow(() -> new AssertionError(debrief.out()));
    assertTrue(DirectorLoopTest.pdfText(pdf).contains("Jane Doe"), pdf.toString());
  }

  @Test
  void rendererClaimingPdfIsRefusedAndTheBuiltInIsUsed() throws IOException {
    Path jar = validRole("fake-pdf", "fake-pdf")
        .source("com.example.FakePdf", renderer("FakePdf", "return \"pdf\";",
            "out.write(\"not a PDF\".getBytes());"))
        .build(work);
    Path plugins = pluginsIn(work, jar);
    String refusal = "its renderer com\\.example\\.FakePdf claims format 'pdf', which is built "
        + "in; refused, the built-in pdf renderer is used";
    Kit roles = roles(plugins);
    assertEquals(0, roles.exitCode(), roles.err());
    assertTrue(roles.err().lines().anyMatch(l -> l.matches("kit: warning: plugin fake-pdf "
        + "\\(fake-pdf\\.jar\\): " + refusal)), roles.err());
    assertOneLineNames(roles.err(), "fake-pdf");
    assertNoTrace(roles.err());
    Kit list = kitWith(plugins, "plugins");
    assertTrue(list.out().lines().anyMatch(l -> l.startsWith("fake-pdf ")
        && l.matches(".*" + refusal)), list.out());
    // The plugin's own role still works, and its PDF files are real PDFs.
    Kit packet = kitWith(plugins, "packet", "--role", "fake-pdf", "--candidate", "Jane Doe",
        "--date", "2026-12-03", "--format", "pdf", "--out", work.resolve("own").toString());
    assertEquals(0, packet.exitCode(), packet.err());
    for (Path p : packet.paths()) {
      try (PDDocument doc = Loader.loadPDF(p.toFile())) {
        assertTrue(doc.getNumberOfPages() > 0, p.toString());
      }
    }
  }

  @Test
  void rendererThatThrowsWhileRenderingFailsOnlyItsFormat() throws IOException {
    Path jar = validRole("txt-throws", "txt-throws")
        .source("com.example.TxtRenderer", renderer("TxtRenderer", "return \"txt\";",
            "throw new NullPointerException(\"no page size\");"))
        .build(work);
    Path plugins = pluginsIn(work, jar);
    Kit txt = kitWith(plugins, "packet", "--role", "cto", "--candidate", "Jane Doe", "--date",
        "2026-12-03", "--format", "txt", "--out", work.resolve("txt").toString());
    assertEquals(7, txt.exitCode(), txt.err());
    assertEquals("kit: format 'txt' is unavailable: plugin txt-throws (txt-throws.jar) is disabled for "
        + "this run: render() threw NullPointerException: no page size", txt.err().strip());
    assertTrue(Files.notExists(work.resolve("txt")), "a failed run wrote output");
    Kit pdf = kitWith(plugins, "packet", "--role", "cto", "--candidate", "Jane Doe", "--date",
        "2026-12-03", "--format", "pdf", "--out", work.resolve("pdf").toString());
    assertEquals(0, pdf.exitCode(), pdf.err());
  }

  @Test
  void pluginBankThatDoesNotValidateDisablesOnlyThatPlugin() throws IOException {
    Path jar = PluginJar.withId("bad-bank")
        .source("com.example.BadBank", """
            package com.example;

            import dev.interviewkit.api.KitResource;
            import dev.interviewkit.api.RoleKit;
            import java.util.List;
            import org.pf4j.Extension;

            @Extension
            public final class BadBank implements RoleKit {
              @Override
              public KitResource blueprint() {
                return KitResource.of(BadBank.class, "bad-bank/role.yaml");
              }

              @Override
              public List<KitResource> banks() {
                return List.of(KitResource.of(BadBank.class, "bad-bank/banks/bb-broken.yaml"));
              }
            }
            """)
        .resource("bad-bank/role.yaml", PluginFaultsTest.blueprint("bad-bank"))
        .resource("bad-bank/banks/bb-broken.yaml", "bank: bb-broken\ntitle: [unclosed\n")
        .build(work);
    Path plugins = pluginsIn(work, jar);
    String fault = "disabled for this run: its bank does not validate: "
        + "bad-bank\\.jar!/bad-bank/banks/bb-broken\\.yaml:\\d+:\\d+: .+";
    assertFaultReported(plugins, "bad-bank", "plugin bad-bank \\(bad-bank\\.jar\\): " + fault);
    assertOneLineNames(roles(plugins).err(), "bad-bank");
    assertPacketFails(plugins, "bad-bank", 7, "kit: role 'bad-bank' is unavailable: plugin "
        + "bad-bank " + fault);
  }

  @Test
  void pluginBankClashingWithASharedBankDisablesOnlyThatPlugin() throws IOException {
    // A bank with the id of a shared bank: only found when all banks are read together.
    String shared = sharedBank("budget-resources");
    Path jar = PluginJar.withId("clash-bank")
        .source("com.example.ClashBank", """
            package com.example;

            import dev.interviewkit.api.KitResource;
            import dev.interviewkit.api.RoleKit;
            import java.util.List;
            import org.pf4j.Extension;

            @Extension
            public final class ClashBank implements RoleKit {
              @Override
              public KitResource blueprint() {
                return KitResource.of(ClashBank.class, "clash-bank/role.yaml");
              }

              @Override
              public List<KitResource> banks() {
                return List.of(KitResource.of(ClashBank.class,
                    "clash-bank/banks/budget-resources.yaml"));
              }
            }
            """)
        .resource("clash-bank/role.yaml", PluginFaultsTest.blueprint("clash-bank"))
        .resource("clash-bank/banks/budget-resources.yaml", shared)
        .build(work);
    Path plugins = pluginsIn(work, jar);
    Path out = work.resolve("out");
    Kit packet = kitWith(plugins, "packet", "--role", "director-of-engineering", "--candidate",
        "Jane Doe", "--date", "2026-12-03", "--format", "pdf", "--out", out.toString());
    assertEquals(0, packet.exitCode(), packet.err());
    assertPacketFails(plugins, "clash-bank", 7, "kit: role 'clash-bank' is unavailable: plugin "
        + "clash-bank disabled for this run: its bank does not validate: clash-bank\\.jar!/"
        + "clash-bank/banks/budget-resources\\.yaml:\\d+:\\d+: bank id 'budget-resources' is "
        + "also defined at .+");
  }

  @Test
  void thirdPartyPluginClaimingABuiltInRoleIdIsRefusedAndTheBuiltInWins() throws IOException {
    Path jar = validRole("fake-cto", "cto").build(work);
    Path plugins = pluginsIn(work, jar);
    assertFaultReported(plugins, "fake-cto", "plugin fake-cto \\(fake-cto\\.jar\\): claims role "
        + "id 'cto', which is built in; refused, the built-in plugin cto is used");
    assertOneLineNames(roles(plugins).err(), "fake-cto");
    Kit packet = kitWith(plugins, "packet", "--role", "cto", "--candidate", "Jane Doe", "--date",
        "2026-12-03", "--format", "pdf", "--out", work.resolve("cto").toString());
    assertEquals(0, packet.exitCode(), packet.err());
    Path overview = packet.paths().stream().filter(p -> p.endsWith("00-overview.pdf"))
        .findFirst().orElseThrow();
    String text = DirectorLoopTest.pdfText(overview);
    assertTrue(text.contains("Chief Technology Officer") || text.contains("CTO"), text);
    assertTrue(!text.contains("Test cto"), "the third-party blueprint was used");
  }

  // --- helpers ---------------------------------------------------------------------------------

  private static Kit roles(Path plugins) {
    return kitWith(plugins, "roles");
  }

  private static Kit kitWith(Path plugins, String... args) {
    List<String> all = new java.util.ArrayList<>(List.of(args));
    all.addAll(List.of("--plugins-only", plugins.toString(), "--banks", Kit.BANKS.toString()));
    return Kit.run(all.toArray(String[]::new));
  }

  /** A plugin whose role kit's {@code blueprint()} has the given body. */
  private Path kit(String id, String body) throws IOException {
    String cls = "Kit" + Math.abs(id.hashCode());
    return PluginJar.withId(id).source("com.example." + cls, """
        package com.example;

        import dev.interviewkit.api.KitResource;
        import dev.interviewkit.api.RoleKit;
        import org.pf4j.Extension;

        @Extension
        public final class %s implements RoleKit {
          @Override
          public KitResource blueprint() {
            %s
          }
        }
        """.formatted(cls, body)).build(work);
  }

  /** A renderer extension with the given bodies of {@code format()} and {@code render()}. */
  private static String renderer(String cls, String format, String render) {
    return """
        package com.example;

        import dev.interviewkit.api.Renderer;
        import dev.interviewkit.api.doc.Document;
        import java.io.IOException;
        import java.io.OutputStream;
        import org.pf4j.Extension;

        @Extension
        public final class %s implements Renderer {
          @Override
          public String format() {
            %s
          }

          @Override
          public void render(Document document, OutputStream out) throws IOException {
            %s
          }
        }
        """.formatted(cls, format, render);
  }

  private static String sharedBank(String id) throws IOException {
    return Files.readString(Kit.BANKS.resolve(id + ".yaml"));
  }
}
