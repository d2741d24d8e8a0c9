package dev.interviewkit.workbench.ui;

import dev.interviewkit.bank.Question;
import dev.interviewkit.print.Printing;
import dev.interviewkit.workbench.model.LoopEditor;
import dev.interviewkit.workbench.model.LoopEditor.RoundView;
import java.awt.Desktop;
import java.awt.event.ActionEvent;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.print.DocFlavor;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import javax.print.ServiceUI;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.swing.AbstractAction;
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

  final Action generate = action("Generate", e -> generate());
  final Action openFolder = action("Open folder", e -> openFolder());
  final Action print = action("Print scorecards…", e -> print());
  final Action open = action("Open loop…", e -> open());
  final Action save = action("Save loop…", e -> save());
  final Action redraw = action("Redraw round", e -> redraw());
  final Action swap = action("Swap question…", e -> swap());

  LoopActions(JFrame frame, LoopEditor editor, LoopEditorView view, StatusBar status) {
    this.frame = frame;
    this.editor = editor;
    this.view = view;
    this.status = status;
    openFolder.setEnabled(false);
  }

  private static Action action(String name, Consumer<ActionEvent> body) {
    return new AbstractAction(name) {
      private static final long serialVersionUID = 1L;

      @Override
      public void actionPerformed(ActionEvent e) {
        body.accept(e);
      }
    };
  }

  List<Path> lastWritten() {
    return lastWritten;
  }

  /** Enables what the loop allows now. */
  void refresh() {
    boolean planned = editor.loop().isPresent();
    generate.setEnabled(planned && !editor.formats().isEmpty());
    print.setEnabled(planned);
    save.setEnabled(planned);
    redraw.setEnabled(planned);
    swap.setEnabled(planned);
  }

  private void redraw() {
    view.selectedRound().ifPresent(r -> {
      editor.redraw(r.id());
      status.show("Redrew round " + r.title());
    });
  }

  private void swap() {
    Optional<RoundView> round = view.selectedRound();
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
    if (editor.loop().isEmpty()) {
      status.show(editor.error());
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
    generate.setEnabled(false);
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
