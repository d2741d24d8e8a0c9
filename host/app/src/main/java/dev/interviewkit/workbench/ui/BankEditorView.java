package dev.interviewkit.workbench.ui;

import static dev.interviewkit.workbench.ui.Widgets.named;

import dev.interviewkit.bank.Problem;
import dev.interviewkit.workbench.model.BankFile;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.FlowLayout;
import java.awt.event.KeyEvent;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.Action;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.text.BadLocationException;
import org.fife.ui.rsyntaxtextarea.RSyntaxTextArea;
import org.fife.ui.rsyntaxtextarea.SyntaxConstants;
import org.fife.ui.rsyntaxtextarea.SquiggleUnderlineHighlightPainter;
import org.fife.ui.rtextarea.RTextScrollPane;

/** A bank or blueprint in an editor tab: YAML highlighting, the problem's line marked. */
final class BankEditorView {

  private static final Color PROBLEM_LINE = new Color(0xFFE0E0);

  private final BankFile file;
  private final Consumer<List<Problem>> saved;
  final RSyntaxTextArea text = named(new RSyntaxTextArea(30, 80), "bank.editor");
  final JLabel problems = named(new JLabel(" "), "bank.problems");
  private final JPanel panel = new JPanel(new BorderLayout());
  private final Action save;

  /** @param saved told the file's problems after each save */
  BankEditorView(BankFile file, Consumer<List<Problem>> saved) {
    this.file = file;
    this.saved = saved;
    text.setSyntaxEditingStyle(SyntaxConstants.SYNTAX_STYLE_YAML);
    text.setCodeFoldingEnabled(true);
    text.setAntiAliasingEnabled(true);
    text.setText(file.text());
    text.discardAllEdits();
    save = Keys.action("Save file", KeyEvent.VK_S, Keys.ctrl(KeyEvent.VK_S),
        "Save " + file.path().getFileName() + " and validate the banks again", e -> save());
    text.getInputMap(JComponent.WHEN_FOCUSED).put(Keys.ctrl(KeyEvent.VK_S), "bank.save");
    text.getActionMap().put("bank.save", save);
    JButton saveButton = named(new JButton(save), "bank.save");
    JPanel top = new JPanel(new FlowLayout(FlowLayout.LEFT));
    top.add(new JLabel(file.path().toString()));
    top.add(saveButton);
    panel.add(top, BorderLayout.NORTH);
    RTextScrollPane scroll = new RTextScrollPane(text);
    scroll.setLineNumbersEnabled(true);
    panel.add(scroll, BorderLayout.CENTER);
    problems.setForeground(Widgets.ERROR);
    panel.add(problems, BorderLayout.SOUTH);
    mark(List.of(file.problem()));
    text.setCaretPosition(Math.min(file.offset(), text.getDocument().getLength()));
  }

  JComponent panel() {
    return panel;
  }

  String title() {
    return file.path().getFileName().toString();
  }

  BankFile file() {
    return file;
  }

  /** The caret's line, from 1. */
  int caretLine() {
    return text.getCaretLineNumber() + 1;
  }

  void focus() {
    text.requestFocusInWindow();
  }

  private void save() {
    try {
      List<Problem> now = file.save(text.getText());
      mark(now);
      saved.accept(now);
    } catch (java.io.IOException | RuntimeException e) {
      problems.setText("Not saved: " + Widgets.rootMessage(e));
    }
  }

  /** Marks the lines of {@code found} (this file's problems) and lists them below the text. */
  private void mark(List<Problem> found) {
    text.removeAllLineHighlights();
    text.getHighlighter().removeAllHighlights();
    SquiggleUnderlineHighlightPainter squiggle =
        new SquiggleUnderlineHighlightPainter(Widgets.ERROR);
    for (Problem p : found) {
      if (p.line() <= 0 || p.line() > text.getLineCount()) {
        continue;
      }
      try {
        text.addLineHighlight(p.line() - 1, PROBLEM_LINE);
        int start = text.getLineStartOffset(p.line() - 1);
        int end = text.getLineEndOffset(p.line() - 1);
        int from = Math.min(start + Math.max(0, p.column() - 1), Math.max(start, end - 1));
        text.getHighlighter().addHighlight(from, Math.max(from + 1, end - 1), squiggle);
      } catch (BadLocationException e) {
        // the line is gone from the text; the list below still names it
      }
    }
    problems.setText(found.isEmpty() ? "No problems in " + title()
        : Widgets.html(String.join("\n", found.stream().map(Problem::toString).toList())));
    problems.setForeground(found.isEmpty() ? Widgets.GOOD : Widgets.ERROR);
  }
}
