package dev.interviewkit.dist;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interviewkit.api.Renderer;
import dev.interviewkit.api.doc.Paper;
import dev.interviewkit.bank.Bank;
import dev.interviewkit.bank.BankCatalog;
import dev.interviewkit.bank.Competency;
import dev.interviewkit.bank.Kind;
import dev.interviewkit.bank.Level;
import dev.interviewkit.bank.Question;
import dev.interviewkit.compose.LoopDocuments;
import dev.interviewkit.host.PluginHost;
import dev.interviewkit.plan.Interviewer;
import dev.interviewkit.plan.Loop;
import dev.interviewkit.plan.PlannedRound;
import dev.interviewkit.role.Draw;
import dev.interviewkit.role.RoleDefinition;
import dev.interviewkit.role.RoundSpec;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every exercise handout any role can hand out, rendered in both formats, carries none of the
 * banks' interviewer-only text: no follow-up, signal, red flag or anchor, and no other candidate.
 */
class HandoutLeakTest {

  @TempDir Path config;

  @Test
  void noHandoutOfAnyRoleCarriesInterviewerOnlyText() throws IOException {
    BankCatalog catalog = BankCatalog.loadStrict(BankCatalog.folder(Kit.BANKS, "question-banks"));
    Set<String> secrets = new LinkedHashSet<>();
    for (Bank bank : catalog.banks()) {
      for (Question q : bank.questions()) {
        secrets.addAll(q.followUps());
        secrets.addAll(q.signals());
        secrets.addAll(q.redFlags());
        if (!q.interviewerScript().isEmpty()) {
          secrets.add(q.interviewerScript().strip().split("\n")[0].strip());
        }
      }
      for (Competency c : bank.competencies()) {
        for (Level level : Level.values()) {
          secrets.addAll(c.anchorsFor(level));
        }
      }
    }
    int handouts = 0;
    try (PluginHost host = PluginHost.start(Kit.PLUGINS, config)) {
      Map<String, Renderer> renderers = host.renderers();
      for (PluginHost.InstalledRole installed : host.roles()) {
        RoleDefinition role = installed.definition().orElseThrow();
        for (RoundSpec round : role.rounds()) {
          for (Draw draw : round.draws()) {
            for (Question q : dev.interviewkit.plan.Planner.eligible(role, round, draw,
                catalog)) {
              if (q.kind() != Kind.EXERCISE) {
                continue;
              }
              PlannedRound planned = new PlannedRound(1, round, List.of(q), Interviewer.BLANK);
              Loop loop = new Loop(role, "Ada Candidate", LocalDate.of(2026, 12, 3), 1,
                  List.of(planned), Map.of(), installed.pluginId(), installed.pluginVersion(),
                  List.of());
              var doc = new LoopDocuments(loop, catalog, Paper.LETTER).handout(planned, q);
              for (String format : List.of("pdf", "docx")) {
                String text = normalise(text(renderers.get(format), doc, format));
                handouts++;
                assertTrue(text.contains("Ada Candidate"), q.id() + " " + format);
                assertTrue(text.contains("Candidate copy"), q.id() + " " + format);
                assertFalse(text.contains("Confidential — interviewer use only"), q.id());
                List<String> leaks = new ArrayList<>();
                for (String secret : secrets) {
                  if (text.contains(normalise(secret))) {
                    leaks.add(secret);
                  }
                }
                assertTrue(leaks.isEmpty(), q.id() + " (" + role.id() + ", " + format
                    + ") leaks: " + leaks);
              }
            }
          }
        }
      }
    }
    assertTrue(handouts >= 10, "only " + handouts + " handouts checked");
  }

  private static String text(Renderer renderer, dev.interviewkit.api.doc.Document doc,
      String format) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    renderer.render(doc, bytes);
    if (format.equals("pdf")) {
      try (PDDocument pdf = Loader.loadPDF(bytes.toByteArray())) {
        return new PDFTextStripper().getText(pdf);
      }
    }
    try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(bytes.toByteArray()));
        XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
      return extractor.getText();
    }
  }

  private static String normalise(String text) {
    return text.replaceAll("(\\S-)\\s+", "$1").replaceAll("\\s+", " ").strip();
  }
}
