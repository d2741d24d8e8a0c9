package dev.interviewkit.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Typesetting read back from the PDFs with PDFBox: with long names and titles and times set, no
 * word, time or "60 min" is broken inside in any overview, packet, scorecard, handout or debrief
 * of any role on either paper size, every scorecard's first page holds its whole form, and the
 * debrief's heat map has its legend on its page.
 */
class PrintQualityTest {

  static final String CANDIDATE = "Aleksandra Konstantinovna Rimskaya-Korsakova";
  static final String[][] PANEL = {
      {"Aleksandra Konstantinovna Rimskaya-Korsakova",
          "Distinguished Engineer, Platform Infrastructure", "08:00"},
      {"Tomás Herrera-Vidal", "Senior Director of Engineering, Payments", "10:15"},
      {"Priya Raman", "Principal Engineer", "12:00"},
      {"Oluwaseun Adebayo-Okonkwo", "Vice President of Product Management", "14:15"}};
  static final Map<String, List<String>> ROUNDS = new LinkedHashMap<>();

  static {
    ROUNDS.put("engineering-manager",
        List.of("people-management", "delivery", "technical-depth", "team-building"));
    ROUNDS.put("director-of-engineering", List.of("systems-design", "leadership-scenario",
        "hiring-org-design", "delivery-partnership"));
    ROUNDS.put("vp-of-engineering", List.of("strategy-budget", "scaling-organisation",
        "executive-communication", "hiring-team-building"));
    ROUNDS.put("cto",
        List.of("vision-bets", "architecture-governance", "board-external", "cto-vp-split"));
  }

  private static final Pattern SPLIT_UNIT = Pattern.compile("\\d[ \\u00A0]*\\R\\s*min\\b");

  @TempDir Path tmp;

  @Test
  void noWordOrTimeIsBrokenInAnyDocumentOfAnyRoleOnEitherPaper() throws IOException {
    List<String> whole = new ArrayList<>(List.of("Competency", "Competencies", "Interviewer",
        "Questions", "Rounds", "Length", "Introduction", "Recommendation", "Engineering",
        "partnership", "judgement", "Disagreement"));
    for (String[] p : PANEL) {
      whole.addAll(List.of(p[0].split(" ")));
      whole.addAll(List.of(p[1].replace(",", "").split(" ")));
      whole.add(p[2]);
    }
    List<String> problems = new ArrayList<>();
    int checked = 0;
    for (String paper : List.of("letter", "a4")) {
      for (String role : ROUNDS.keySet()) {
        Path panel = panel(role);
        Kit r = CliTest.kit("packet", "--role", role, "--panel", panel.toString(), "--paper",
            paper, "--format", "pdf", "--out", tmp.resolve(paper + "-" + role).toString());
        assertEquals(0, r.exitCode(), r.err());
        List<Path> pdfs = new ArrayList<>(r.paths().stream()
            .filter(p -> p.getFileName().toString().endsWith(".pdf")).toList());
        for (Path pdf : pdfs) {
          String text = text(pdf);
          check(pdf, text, whole, problems);
          checked++;
          if (pdf.getFileName().toString().endsWith("-scorecard.pdf")) {
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
              PDFTextStripper first = new PDFTextStripper();
              first.setEndPage(1);
              if (!first.getText(doc).contains("Score on your own")) {
                problems.add(pdf.getFileName() + " (" + paper + "): the scorecard runs onto a"
                    + " second page");
              }
            }
          }
        }
        if (role.equals("director-of-engineering")) {
          Path summary = debrief(r.paths(), paper);
          check(summary, text(summary), whole, problems);
          legendWithItsChart(summary, problems);
          checked++;
        }
      }
    }
    assertTrue(checked >= 70, "only " + checked + " PDFs checked");
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  /** The debrief's heat map and its legend are on the same page. */
  private static void legendWithItsChart(Path pdf, List<String> problems) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      PDFTextStripper stripper = new PDFTextStripper();
      for (int i = 1; i <= doc.getNumberOfPages(); i++) {
        stripper.setStartPage(i);
        stripper.setEndPage(i);
        String page = stripper.getText(doc);
        if (page.contains("At a glance") && !page.contains("Darker and longer means")) {
          problems.add(pdf.getFileName() + ": the heat map's legend is not on its page " + i);
        }
      }
    }
  }

  private static void check(Path pdf, String text, List<String> whole, List<String> problems) {
    String name = pdf.getParent().getParent().getFileName() + "/" + pdf.getFileName();
    // A compound is allowed to break after its hyphen, as in a title set large.
    String flat = text.replaceAll("-\\s*\\R\\s*", "-").replaceAll("\\s+", " ");
    for (String word : whole) {
      String bare = word.replaceAll("[,.]$", "");
      if (bare.length() < 4) {
        continue;
      }
      String broken = Pattern.quote(bare).replace("\\Q", "").replace("\\E", "")
          .replaceAll("(?<=.)(?=.)", "\\\\s*");
      Matcher m = Pattern.compile("(?<![\\p{L}\\d])" + broken.replace("-", "\\-")
          .replace(".", "\\.") + "(?![\\p{L}\\d])").matcher(text.replaceAll("-\\s*\\R\\s*", "-"));
      while (m.find()) {
        if (!m.group().replaceAll("\\s+", "").equals(m.group())) {
          problems.add(name + ": '" + bare + "' broken as '" + m.group().replace("\n", "⏎")
              + "'");
        }
      }
      assertTrue(flat.length() > 0, name);
    }
    Matcher unit = SPLIT_UNIT.matcher(text);
    if (unit.find()) {
      problems.add(name + ": a number is split from 'min': '" + unit.group().replace("\n", "⏎")
          + "'");
    }
  }

  private Path panel(String role) throws IOException {
    StringBuilder yaml = new StringBuilder("candidate: " + CANDIDATE + "\nrole: " + role
        + "\ndate: 2026-12-03\nrounds:\n");
    List<String> rounds = ROUNDS.get(role);
    for (int i = 0; i < rounds.size(); i++) {
      String[] p = PANEL[i % PANEL.length];
      yaml.append("  ").append(rounds.get(i)).append(":\n    interviewer: ").append(p[0])
          .append("\n    title: ").append(p[1]).append("\n    time: \"")
          // Two hours apart: rounds of up to 90 minutes never overlap (refused since issue 16).
          .append(String.format("%02d:%02d", 8 + 2 * i, i % 2 == 0 ? 0 : 15)).append("\"\n");
    }
    return Files.writeString(tmp.resolve(role + ".yaml"), yaml);
  }

  /** The debrief of the director loop's four scorecards, filled by its four panelists. */
  private Path debrief(List<Path> written, String paper) throws IOException {
    List<String> cards = new ArrayList<>();
    List<String> rounds = ROUNDS.get("director-of-engineering");
    for (int i = 0; i < rounds.size(); i++) {
      String round = rounds.get(i);
      Path card = written.stream()
          .filter(p -> p.getFileName().toString().endsWith(round + "-scorecard.pdf"))
          .findFirst().orElseThrow();
      try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(card))) {
        PDAcroForm form = doc.getDocumentCatalog().getAcroForm();
        int score = 1;
        for (var field : form.getFieldTree()) {
          String n = field.getFullyQualifiedName();
          if (n.endsWith(":score")) {
            field.setValue(String.valueOf((score++ + i) % 4 + 1));
          } else if (n.endsWith(":evidence")) {
            field.setValue("Walked through the 09:00 incident and the 60 min rollback plan.");
          } else if (n.endsWith(":recommendation")) {
            field.setValue(i % 2 == 0 ? "yes" : "strong-yes");
          } else if (n.endsWith(":interviewer")) {
            field.setValue(PANEL[i][0]);
          }
        }
        doc.save(card.toFile());
      }
      cards.add(card.toString());
    }
    List<String> args = new ArrayList<>(List.of("debrief", "--paper", paper, "--out",
        tmp.resolve("debrief-" + paper).toString()));
    args.addAll(cards);
    Kit r = CliTest.kit(args.toArray(String[]::new));
    assertEquals(0, r.exitCode(), r.err());
    return r.paths().stream().filter(p -> p.toString().endsWith(".pdf")).findFirst()
        .orElseThrow(() -> new AssertionError(r.err()));
  }

  private static String text(Path pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      return new PDFTextStripper().getText(doc);
    }
  }
}
