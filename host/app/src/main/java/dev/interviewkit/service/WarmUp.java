package dev.interviewkit.service;

import dev.interviewkit.api.Renderer;
import dev.interviewkit.api.doc.Block;
import dev.interviewkit.api.doc.BulletList;
import dev.interviewkit.api.doc.Callout;
import dev.interviewkit.api.doc.Choice;
import dev.interviewkit.api.doc.ChoiceGroup;
import dev.interviewkit.api.doc.Document;
import dev.interviewkit.api.doc.DocumentInfo;
import dev.interviewkit.api.doc.Heading;
import dev.interviewkit.api.doc.KeepTogether;
import dev.interviewkit.api.doc.NoteLines;
import dev.interviewkit.api.doc.Paper;
import dev.interviewkit.api.doc.Paragraph;
import dev.interviewkit.api.doc.SideBySide;
import dev.interviewkit.api.doc.Table;
import dev.interviewkit.api.doc.TextStyle;
import dev.interviewkit.render.pdf.PdfRenderer;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;

/**
 * Start-up overlap for one-shot runs: while the main thread starts pf4j, reads the banks and plans
 * the loop, a background thread renders one small PDF, so OpenPDF's classes are loaded and
 * compiled, and the fonts read, before the real documents need them. The output is discarded;
 * failures are ignored (the real rendering reports them).
 */
public final class WarmUp {

  private WarmUp() {}

  private static final Set<String> STARTED = new HashSet<>();

  /**
   * Starts the PDF warm-up on a daemon thread when {@code formats} holds PDF and this JVM has not
   * warmed up yet; returns at once.
   */
  public static synchronized void start(List<String> formats) {
    if (Boolean.getBoolean("interviewkit.nowarmup")) {
      return;
    }
    // Only the PDF library is worth it: the Word writer starts cheaply, and warming it up too
    // only competed for the two cores (cold loop 0.73 s with both, 0.68 s with PDF alone).
    if (formats.contains("pdf") && STARTED.add("pdf")) {
      thread(new PdfRenderer());
    }
  }

  /**
   * Starts the warm-up from a raw command line, before it is parsed, when it names a command that
   * renders: {@code packet} or {@code scorecards}, with the formats of {@code --format} (both when
   * not given). A wrong guess only warms up a library in vain; the parsed command decides.
   */
  public static void startFor(String[] args) {
    if (args.length == 0 || !(args[0].equals("packet") || args[0].equals("scorecards"))) {
      return;
    }
    List<String> formats = List.of("pdf", "docx");
    for (int i = 1; i < args.length; i++) {
      if (args[i].equals("--format") && i + 1 < args.length) {
        formats = List.of(args[i + 1].split(","));
      } else if (args[i].startsWith("--format=")) {
        formats = List.of(args[i].substring("--format=".length()).split(","));
      }
    }
    start(formats);
  }

  private static void thread(Renderer renderer) {
    Thread t = new Thread(() -> {
      try {
        renderer.render(sample(), OutputStream.nullOutputStream());
        Trace.mark("warm-up done");
      } catch (Exception | LinkageError e) {
        // Only a warm-up: the real rendering reports any failure.
        Trace.mark("warm-up failed: " + e);
      }
    }, "warm-up-" + renderer.format());
    t.setDaemon(true);
    t.setPriority(Thread.NORM_PRIORITY - 1);
    t.start();
  }

  private static Document sample() {
    List<Block> blocks = List.of(
        new Paragraph("Warm-up", TextStyle.TITLE),
        new Paragraph("Warm-up", TextStyle.SUBTITLE),
        Paragraph.body("Warm-up"),
        new Heading(1, "Warm-up"),
        Table.of(List.of("A", "B"), List.of(List.of("1", "2"))),
        new BulletList(List.of("one", "two")),
        new KeepTogether(List.of(new Heading(2, "Warm-up"), new Callout("Warm-up"),
            new SideBySide("Left", List.of("a"), "Right", List.of("b")),
            new NoteLines("Notes", 2, "warm_notes"))),
        new ChoiceGroup("warm", "Warm-up", "Warm-up", List.of(new Choice("1", "1", "one"),
            new Choice("2", "2", "two")), "warm_evidence", 2));
    return new Document(new DocumentInfo("Warm-up", "Warm-up", "Warm-up", Paper.LETTER,
        LocalDate.of(2026, 1, 1), Map.of()), blocks);
  }
}
