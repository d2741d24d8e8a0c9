package dev.interviewkit.workbench.ui;

import dev.interviewkit.bank.Question;
import dev.interviewkit.print.Printing;
import dev.interviewkit.workbench.model.LoopEditor;
import dev.interviewkit.workbench.model.LoopEditor.RoundView;
import java.awt.Desktop;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.print.DocFlavor;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import javax.print.ServiceUI;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.swing.Action;
import javax.swing.JComboBox;
import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.JOptionPane;
import javax.swing.SwingWorker;
import javax.swing.filechooser.FileNameExtensionFilter;

/** What the user can do with the loop, as actions the tool bar and the menus share. */
final class LoopActions {

  private final JFrame frame;
  private final LoopEditor editor;
  private final LoopEditorView view;
  private final StatusBar status;
  private Path lastFolder;
  private List<Path> lastWritten = List.of();
  private boolean running;
  private Consumer<Path> opened = p -> { };

  final Action newLoop = Keys.action("New loop", KeyEvent.VK_N, Keys.ctrl(KeyEvent.VK_N),
      "Start a new loop from the preferences' role, paper and folder", e -> newLoop());
  final Action open = Keys.action("Open loop…", KeyEvent.VK_O, Keys.ctrl(KeyEvent.VK_O),
      "Open a saved loop (a panel file)", e -> open());
  final Action save = Keys.action("Save loop…", KeyEvent.VK_S, Keys.ctrl(KeyEvent.VK_S),
      "Save the loop as a panel file that ./kit packet --panel reads", e -> save());
  final Action generate = Keys.action("Generate", KeyEvent.VK_G, Keys.ctrl(KeyEvent.VK_G),
      "Write the whole loop, as ./kit packet does", e -> generate());
  final Action openFolder = Keys.action("Open folder", KeyEvent.VK_F,
      Keys.ctrlShift(KeyEvent.VK_O), "Open the folder the last Generate wrote", e -> openFolder());
  final Action print = Keys.action("Print scorecards…", KeyEvent.VK_P, Keys.ctrl(KeyEvent.VK_P),
      "Print every round's scorecard", e -> print());
  final Action undo = Keys.action("Undo", KeyEvent.VK_U, Keys.ctrl(KeyEvent.VK_Z),
      "Undo the last change to the loop", e -> undo());
  final Action redo = Keys.action("Redo", KeyEvent.VK_R, Keys.ctrl(KeyEvent.VK_Y),
      "Redo the change undone last", e -> redo());
  final Action redraw = Keys.action("Redraw round", KeyEvent.VK_D, Keys.ctrl(KeyEvent.VK_R),
      "Draw the selected round's questions again; the other rounds stay", e -> redraw());
  final Action swap = Keys.action("Swap question…", KeyEvent.VK_W, Keys.ctrl(KeyEvent.VK_E),
      "Replace the selected question by another of the same draw", e -> swap());

  LoopActions(JFrame frame, LoopEditor editor, LoopEditorView view, StatusBar status) {
    this.frame = frame;
    this.editor = editor;
    this.view = view;
    this.status = status;
    openFolder.setEnabled(false);
  }

  /** Told of every loop file opened or saved: the one to open at the next start. */
  void onLoopFile(Consumer<Path> listener) {
    opened = listener;
  }

  List<Path> lastWritten() {
    return lastWritten;
  }

  /** Enables what the loop allows now. */
  void refresh() {
    boolean planned = editor.loop().isPresent();
    Optional<String> blocker = editor.blocker();
    generate.setEnabled(blocker.isEmpty() && !running);
    Keys.tip(generate, blocker.map(b -> "Cannot generate: " + b)
        .orElse((String) generate.getValue("tip")));
    print.setEnabled(blocker.isEmpty() && !running);
    save.setEnabled(planned);
    redraw.setEnabled(planned);
    swap.setEnabled(planned);
    undo.setEnabled(editor.canUndo());
    undo.putValue(Action.NAME, editor.canUndo() ? editor.undoName() : "Undo");
    redo.setEnabled(editor.canRedo());
    redo.putValue(Action.NAME, editor.canRedo() ? editor.redoName() : "Redo");
  }

  private void newLoop() {
    view.commitForm();
    editor.newLoop();
    view.loadForm();
    view.candidateField.requestFocusInWindow();
    status.show("New loop: name the candidate");
  }

  private void undo() {
    view.commitForm();
    String what = editor.undoName();
    editor.undo();
    view.loadForm();
    status.show(what);
  }

  private void redo() {
    String what = editor.redoName();
    editor.redo();
    view.loadForm();
    status.show(what);
  }

  private void redraw() {
    view.selectedRound().ifPresent(r -> {
      editor.redraw(r.id());
      status.show("Redrew round " + r.title());
    });
  }

  private void swap() {
    Optional<RoundView> round = view.selectedRound();
    if (view.questionsList.getSelectedIndex() < 0 && round.isPresent()) {
      // None selected: the first question that another could replace.
      List<Question> questions = round.get().questions();
      for (int i = 0; i < questions.size(); i++) {
        if (!editor.alternatives(round.get().id(), questions.get(i).id()).isEmpty()) {
          view.questionsList.setSelectedIndex(i);
          break;
        }
      }
    }
    Question current = view.questionsList.getSelectedValue();
    if (round.isEmpty() || current == null) {
      status.show("Select a question of a round to swap");
      return;
    }
    List<Question> alternatives = editor.alternatives(round.get().id(), current.id());
    if (alternatives.isEmpty()) {
      status.show("No other question can replace " + current.id());
      return;
    }
    JComboBox<String> choice = new JComboBox<>(alternatives.stream().map(q -> q.id() + " · "
        + q.minutes() + " min · " + Widgets.abbreviate(q.prompt(), 70)).toArray(String[]::new));
    if (JOptionPane.showConfirmDialog(frame, choice, "Swap " + current.id() + " for",
        JOptionPane.OK_CANCEL_OPTION) == JOptionPane.OK_OPTION) {
      editor.swap(round.get().id(), current.id(), alternatives.get(choice.getSelectedIndex()).id());
      status.show("Swapped " + current.id());
    }
  }

  private void generate() {
    view.commitForm();
    Optional<String> blocker = editor.blocker();
    if (blocker.isPresent()) {
      status.show("Cannot generate: " + blocker.get());
      return;
    }
    boolean replace = false;
    try {
      List<Path> existing = editor.existing();
      if (!existing.isEmpty()) {
        replace = JOptionPane.showConfirmDialog(frame, existing.size() + " files of this loop "
            + "exist in " + existing.get(0).getParent() + ". Replace them?", "Generate",
            JOptionPane.YES_NO_OPTION) == JOptionPane.YES_OPTION;
        if (!replace) {
          return;
        }
      }
    } catch (RuntimeException e) {
      fail("Generate", e);
      return;
    }
    boolean force = replace;
    running = true;
    refresh();
    openFolder.setEnabled(false);
    status.progress.setValue(0);
    new SwingWorker<List<Path>, String>() {
      @Override
      protected List<Path> doInBackground() {
        return editor.generate(force, (message, done, total) -> {
          setProgress(done * 100 / total);
          publish(message);
        });
      }

      @Override
      protected void process(List<String> messages) {
        status.show(messages.get(messages.size() - 1));
        status.progress.setValue(status.progress.getValue() + messages.size());
      }

      @Override
      protected void done() {
        running = false;
        refresh();
        try {
          lastWritten = get();
          lastFolder = lastWritten.get(0).getParent();
          status.progress.setValue(status.progress.getMaximum());
          status.show("Wrote " + lastWritten.size() + " files to " + lastFolder);
          openFolder.setEnabled(true);
        } catch (Exception e) {
          status.progress.setValue(0);
          fail("Generate", e);
        }
      }
    }.execute();
  }

  private void openFolder() {
    if (lastFolder == null) {
      return;
    }
    try {
      if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
        Desktop.getDesktop().open(lastFolder.toFile());
        return;
      }
    } catch (Exception e) {
      // fall through to showing the path
    }
    JOptionPane.showMessageDialog(frame, "The loop is in\n" + lastFolder, "Open folder",
        JOptionPane.INFORMATION_MESSAGE);
  }

  private void print() {
    PrintService[] services = PrintServiceLookup.lookupPrintServices(DocFlavor.INPUT_STREAM.PDF,
        null);
    if (services.length == 0) {
      JOptionPane.showMessageDialog(frame, "No printer is installed.", "Print scorecards",
          JOptionPane.ERROR_MESSAGE);
      return;
    }
    PrintService fallback = PrintServiceLookup.lookupDefaultPrintService();
    HashPrintRequestAttributeSet attributes = new HashPrintRequestAttributeSet();
    attributes.add(Printing.media(editor.paper()));
    PrintService chosen = ServiceUI.printDialog(frame.getGraphicsConfiguration(),
        frame.getX() + 120, frame.getY() + 120, services,
        fallback != null ? fallback : services[0], DocFlavor.INPUT_STREAM.PDF, attributes);
    if (chosen != null) {
      printScorecards(chosen);
    }
  }

  void printScorecards(PrintService printer) {
    print.setEnabled(false);
    new SwingWorker<List<Path>, String>() {
      @Override
      protected List<Path> doInBackground() {
        return editor.printScorecards(printer, this::publish);
      }

      @Override
      protected void process(List<String> messages) {
        status.show(messages.get(messages.size() - 1));
      }

      @Override
      protected void done() {
        refresh();
        try {
          status.show("Sent " + get().size() + " scorecards to " + printer.getName());
        } catch (Exception e) {
          fail("Print scorecards", e);
        }
      }
    }.execute();
  }

  private void save() {
    JFileChooser chooser = loopChooser();
    chooser.setSelectedFile(editor.out().resolve(editor.loopFolder().getFileName() + ".yaml")
        .toFile());
    if (chooser.showSaveDialog(frame) == JFileChooser.APPROVE_OPTION) {
      saveTo(chooser.getSelectedFile().toPath());
    }
  }

  void saveTo(Path file) {
    try {
      editor.save(file);
      opened.accept(file);
      status.show("Saved " + file + "; ./kit packet --role " + editor.role() + " --panel "
          + file + " writes the same files");
    } catch (Exception e) {
      fail("Save loop", e);
    }
  }

  private void open() {
    JFileChooser chooser = loopChooser();
    if (chooser.showOpenDialog(frame) == JFileChooser.APPROVE_OPTION) {
      try {
        editor.open(chooser.getSelectedFile().toPath());
        view.loadForm();
        opened.accept(chooser.getSelectedFile().toPath());
        status.show("Opened " + chooser.getSelectedFile());
      } catch (Exception e) {
        fail("Open loop", e);
      }
    }
  }

  private JFileChooser loopChooser() {
    JFileChooser chooser = new JFileChooser(editor.out().toFile());
    chooser.setFileFilter(new FileNameExtensionFilter("Loop (panel YAML)", "yaml", "yml"));
    return chooser;
  }

  void fail(String action, Throwable e) {
    String message = Widgets.rootMessage(e);
    status.show(action + " failed: " + message.lines().findFirst().orElse(""));
    JOptionPane.showMessageDialog(frame, message, action, JOptionPane.ERROR_MESSAGE);
  }
}
