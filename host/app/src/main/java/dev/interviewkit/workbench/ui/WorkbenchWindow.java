package dev.interviewkit.workbench.ui;

import static dev.interviewkit.workbench.ui.Widgets.view;

import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;
import dev.interviewkit.bank.Problem;
import dev.interviewkit.workbench.model.LoopEditor;
import dev.interviewkit.workbench.model.Preferences;
import dev.interviewkit.workbench.model.PreferencesStore;
import dev.interviewkit.workbench.model.ProblemWatcher;
import dev.interviewkit.workbench.model.Workbench;
import java.awt.BorderLayout;
import java.awt.Font;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import javax.print.PrintService;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JScrollPane;
import javax.swing.JTabbedPane;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;

/**
 * The workbench window, laid out like an Eclipse RCP workbench: menus and tool bar, Navigator on
 * the left, the loop editor in the middle, Preview and bank editors beside it, Problems and
 * Plugins below. Widgets only show the view model ({@link Workbench}, {@link LoopEditor}) and
 * forward what the user does to it; every component a test needs has a name.
 */
public final class WorkbenchWindow {

  private final Workbench workbench;
  private final LoopEditor editor;
  private final PreferencesStore store;
  private Preferences preferences;
  private final JFrame frame;
  private final CountDownLatch closed = new CountDownLatch(1);
  private final StatusBar status = new StatusBar();
  private final LoopEditorView loopView;
  private final PreviewView preview;
  private final NavigatorView navigator;
  private final ProblemsView problems;
  private final PluginsView plugins;
  private final LoopActions actions;
  private final WindowActions windowActions;
  private final Layout layout;
  private final JLabel reason = Widgets.named(new JLabel(), "generate.reason");
  private ProblemWatcher watcher;
  private boolean restart;

  private WorkbenchWindow(Workbench workbench, PreferencesStore store, JFrame frame) {
    this.workbench = workbench;
    this.store = store;
    this.preferences = store.preferences();
    this.frame = frame;
    workbench.useDefaults(preferences.defaults());
    this.editor = workbench.newLoop();
    loopView = new LoopEditorView(workbench, editor);
    preview = new PreviewView(editor);
    navigator = new NavigatorView(workbench, loopView.roleBox::setSelectedItem);
    problems = new ProblemsView(this::openProblem);
    plugins = new PluginsView(workbench, status, this::askRestart);
    actions = new LoopActions(frame, editor, loopView, status);
    layout = new Layout(frame, store);
    windowActions = new WindowActions(new WindowActions.Target() {
      @Override
      public void preferences() {
        editPreferences();
      }

      @Override
      public void about() {
        AboutDialog.show(frame, workbench.plugins(), preferences.organisation());
      }

      @Override
      public void quit() {
        WorkbenchWindow.this.quit();
      }

      @Override
      public void show(String name) {
        layout.show(name, navigator.tree, problems.table, plugins.table);
      }

      @Override
      public void resetLayout() {
        layout.reset();
      }
    });
  }

  /** Sets the look and feel; call once, on the event thread, before {@link #create}. */
  public static void installLookAndFeel() {
    if (!(UIManager.getLookAndFeel() instanceof FlatLightLaf)) {
      FlatLightLaf.setup();
    }
  }

  /**
   * Shows an empty window at once, sized and placed as the last one was, while plugins start
   * and banks load; {@link #create(Workbench, PreferencesStore, JFrame)} fills it.
   */
  public static JFrame starting(PreferencesStore store) {
    applyFont(store.preferences().fontSize());
    JFrame frame = new JFrame("interview-kit workbench");
    JLabel wait = new JLabel("Starting the plugins and reading the banks…", JLabel.CENTER);
    frame.getContentPane().add(wait, BorderLayout.CENTER);
    frame.setBounds(Placement.of(store.layout(), Placement.usable(frame
        .getGraphicsConfiguration())));
    frame.setVisible(true);
    return frame;
  }

  /** Builds and shows the window with the user's preferences; call on the event thread. */
  public static WorkbenchWindow create(Workbench workbench) {
    return create(workbench, PreferencesStore.user(workbench.service().config()), null);
  }

  /**
   * Builds the window in {@code shown} (from {@link #starting}) or in a new frame when null, with
   * the preferences and layout of {@code store}; call on the event thread.
   */
  public static WorkbenchWindow create(Workbench workbench, PreferencesStore store,
      JFrame shown) {
    if (shown == null) {
      applyFont(store.preferences().fontSize());
    }
    JFrame frame = shown != null ? shown : new JFrame("interview-kit workbench");
    WorkbenchWindow window = new WorkbenchWindow(workbench, store, frame);
    window.build(shown == null);
    return window;
  }

  public JFrame frame() {
    return frame;
  }

  public LoopEditor editor() {
    return editor;
  }

  public Preferences preferences() {
    return preferences;
  }

  /** The files the last Generate wrote. */
  public List<Path> lastWritten() {
    return actions.lastWritten();
  }

  /** Waits until the window is closed. */
  public void awaitClose() throws InterruptedException {
    closed.await();
  }

  /** The window was closed to start again (after a plugin was enabled or disabled). */
  public boolean restartRequested() {
    return restart;
  }

  /** Selects a role in the navigator, as a click does. */
  public void selectRoleInNavigator(String roleId) {
    navigator.selectRole(roleId);
  }

  /** Saves the loop as a panel file. */
  public void saveTo(Path file) {
    actions.saveTo(file);
  }

  /** Prints the loop's scorecards on {@code printer}, in the background. */
  public void printScorecards(PrintService printer) {
    actions.printScorecards(printer);
  }

  private void build(boolean place) {
    frame.setDefaultCloseOperation(JFrame.DISPOSE_ON_CLOSE);
    frame.addWindowListener(new WindowAdapter() {
      @Override
      public void windowClosing(WindowEvent e) {
        layout.save(preferences, editorLoopFile());
      }

      @Override
      public void windowClosed(WindowEvent e) {
        if (watcher != null) {
          watcher.close();
        }
        preview.close();
        loopView.stop();
        closed.countDown();
      }
    });
    reason.setForeground(Widgets.ERROR);
    JTabbedPane editors = Widgets.named(new JTabbedPane(), "editors");
    editors.addTab("Preview", preview.panel());
    BankEditors banks = new BankEditors(editors, workbench, found -> {
      problems.show(workbench.problems());
      navigator.refresh();
      editor.refresh();
    });
    this.banks = banks;
    JTabbedPane bottom = Widgets.named(new JTabbedPane(), "bottomViews");
    bottom.addTab("Problems", new JScrollPane(problems.table));
    bottom.addTab("Plugins", plugins.panel());
    frame.getContentPane().removeAll();
    frame.getContentPane().setLayout(new BorderLayout());
    frame.getContentPane().add(Menus.tools(actions, reason), BorderLayout.NORTH);
    frame.getContentPane().add(layout.views(view("Navigator", new JScrollPane(navigator.tree)),
        view("Loop editor", loopView.panel()), editors, bottom), BorderLayout.CENTER);
    frame.getContentPane().add(status.panel, BorderLayout.SOUTH);
    frame.setJMenuBar(Menus.bar(actions, windowActions));
    loopView.redrawButton.setAction(actions.redraw);
    loopView.swapButton.setAction(actions.swap);
    actions.onLoopFile(file -> lastLoop = file);

    editor.onChange(() -> SwingUtilities.invokeLater(this::refreshLoop));
    navigator.refresh();
    problems.show(workbench.problems());
    plugins.refresh();
    openLastLoop();
    loopView.loadForm();
    refreshLoop();
    watcher = workbench.watchProblems(found -> SwingUtilities.invokeLater(() -> {
      problems.show(found);
      navigator.refresh();
      editor.refresh(); // plan again with the banks as they are now
      status.show("Banks changed on disk: " + found.size() + " problem"
          + (found.size() == 1 ? "" : "s"));
    }));
    if (place) {
      layout.place();
    }
    frame.setTitle(preferences.organisation().isBlank() ? "interview-kit workbench"
        : "interview-kit workbench · " + preferences.organisation());
    frame.revalidate();
    frame.setVisible(true);
    layout.restoreDividers();
  }

  private BankEditors banks;
  private Path lastLoop;

  private Path editorLoopFile() {
    return lastLoop;
  }

  private void openLastLoop() {
    store.layout().lastLoop().filter(java.nio.file.Files::isRegularFile).ifPresent(file -> {
      try {
        editor.open(file);
        lastLoop = file;
        status.show("Opened the last loop, " + file);
      } catch (Exception e) {
        status.show("The last loop " + file + " did not open: "
            + Widgets.rootMessage(e).lines().findFirst().orElse(""));
      }
    });
  }

  private void refreshLoop() {
    loopView.refresh();
    actions.refresh();
    reason.setText(editor.blocker().map(b -> "Cannot generate: " + Widgets.abbreviate(
        b.lines().findFirst().orElse("").replaceAll("(?:[^\\s:]*[/\\\\])+([^/\\\\\\s:]+)", "$1"),
        100)).orElse(""));
    reason.setToolTipText(editor.blocker().orElse(null));
    preview.refresh();
  }

  /** Opens the problem's file at its line, in the built-in editor or the system's. */
  public void openProblem(Problem problem) {
    banks.open(problem, preferences.editor(), status);
  }

  private void askRestart() {
    if (JOptionPane.showConfirmDialog(frame, "The change applies from the next start. Restart "
        + "the workbench now?", "Plugins", JOptionPane.YES_NO_OPTION)
        == JOptionPane.YES_OPTION) {
      restart = true;
      quit();
    }
  }

  private void editPreferences() {
    PreferencesDialog.ask(frame, preferences, workbench.readyRoleIds(),
        store.file().toString()).ifPresent(p -> {
          preferences = p;
          workbench.useDefaults(p.defaults());
          layout.save(p, lastLoop);
          applyFont(p.fontSize());
          FlatLaf.updateUI();
          status.show("Preferences saved to " + store.file() + "; new loops start from them");
        });
  }

  private void quit() {
    layout.save(preferences, lastLoop);
    frame.dispose();
  }

  private static void applyFont(int size) {
    Font font = UIManager.getFont("defaultFont");
    if (font != null && font.getSize() != size) {
      UIManager.put("defaultFont", font.deriveFont((float) size));
    }
  }
}
