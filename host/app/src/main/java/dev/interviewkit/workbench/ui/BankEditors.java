package dev.interviewkit.workbench.ui;

import dev.interviewkit.bank.Problem;
import dev.interviewkit.workbench.model.BankFile;
import dev.interviewkit.workbench.model.Preferences;
import dev.interviewkit.workbench.model.Workbench;
import java.awt.Desktop;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.swing.JTabbedPane;

/** The bank editor tabs beside the Preview: one per file, opened at a problem. */
final class BankEditors {

  private final JTabbedPane tabs;
  private final Workbench workbench;
  private final Consumer<List<Problem>> saved;

  BankEditors(JTabbedPane tabs, Workbench workbench, Consumer<List<Problem>> saved) {
    this.tabs = tabs;
    this.workbench = workbench;
    this.saved = saved;
  }

  void open(Problem problem, Preferences.Editor where, StatusBar status) {
    Optional<BankFile> file;
    try {
      file = workbench.open(problem);
    } catch (java.io.IOException e) {
      status.show("Cannot open " + problem.path() + ": " + e.getMessage());
      return;
    }
    if (file.isEmpty()) {
      status.show(problem.path() + " is not a YAML file on disk (a bank inside a plugin "
          + "cannot be edited here)");
      return;
    }
    if (where == Preferences.Editor.SYSTEM && system(file.get(), status)) {
      return;
    }
    for (int i = 1; i < tabs.getTabCount(); i++) {
      if (file.get().path().toString().equals(tabs.getToolTipTextAt(i))) {
        tabs.removeTabAt(i);
        break;
      }
    }
    BankEditorView view = new BankEditorView(file.get(), saved);
    tabs.addTab(view.title(), null, view.panel(), file.get().path().toString());
    tabs.setSelectedComponent(view.panel());
    view.focus();
    status.show("Opened " + file.get().path().getFileName() + " at line " + file.get().line()
        + ", column " + file.get().column());
  }

  /** Opens the file in the system's editor; false when the desktop cannot. */
  private static boolean system(BankFile file, StatusBar status) {
    try {
      if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.EDIT)) {
        Desktop.getDesktop().edit(file.path().toFile());
        status.show("Opened " + file.path() + " in the system editor (line " + file.line()
            + "); the Problems view updates when it is saved");
        return true;
      }
    } catch (java.io.IOException | RuntimeException e) {
      status.show("The system editor did not open (" + e.getMessage() + "); using the built-in "
          + "one");
    }
    return false;
  }
}
