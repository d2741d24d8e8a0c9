package dev.interviewkit.workbench.ui;

import static dev.interviewkit.workbench.ui.Widgets.named;
import static dev.interviewkit.workbench.ui.Widgets.view;

import com.formdev.flatlaf.FlatLightLaf;
import dev.interviewkit.workbench.model.LoopEditor;
import dev.interviewkit.workbench.model.ProblemWatcher;
import dev.interviewkit.workbench.model.Workbench;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import javax.print.PrintService;
import javax.swing.Action;
import javax.swing.JButton;
import javax.swing.JFrame;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTabbedPane;
import javax.swing.JToolBar;
import javax.swing.SwingUtilities;

/**
 * The workbench window, laid out like an Eclipse RCP workbench: Navigator on the left, the loop
 * editor and the preview in the middle, Problems and Plugins views below, actions in the tool
 * bar. Widgets only show the view model ({@link Workbench}, {@link LoopEditor}) and forward what
 * the user does to it; every component a test needs has a name.
 */
public final class WorkbenchWindow {

  private final Workbench workbench;
  private final LoopEditor editor;
  private final JFrame frame = new JFrame("interview-kit workbench");
  private final CountDownLatch closed = new CountDownLatch(1);
  private final StatusBar status = new StatusBar();
  private final LoopEditorView loopView;
  private final PreviewView preview;
  private final NavigatorView navigator;
  private final ProblemsView problems = new ProblemsView();
  private final PluginsView plugins;
  private final LoopActions actions;
  private ProblemWatcher watcher;

  private WorkbenchWindow(Workbench workbench) {
    this.workbench = workbench;
    this.editor = workbench.newLoop();
    loopView = new LoopEditorView(workbench, editor);
    preview = new PreviewView(editor);
    navigator = new NavigatorView(workbench, loopView.roleBox::setSelectedItem);
    plugins = new PluginsView(workbench, status);
    actions = new LoopActions(frame, editor, loopView, status);
  }

  /** Sets the look and feel; call once, on the event thread, before {@link #create}. */
  public static void installLookAndFeel() {
    FlatLightLaf.setup();
  }

  /** Builds and shows the window; call on the event thread. */
  public static WorkbenchWindow create(Workbench workbench) {
    WorkbenchWindow window = new WorkbenchWindow(workbench);
    window.build();
    return window;
  }

  public JFrame frame() {
    return frame;
  }

  public LoopEditor editor() {
    return editor;
  }

  /** The files the last Generate wrote. */
  public List<Path> lastWritten() {
    return actions.lastWritten();
  }

  /** Waits until the window is closed. */
  public void awaitClose() throws InterruptedException {
    closed.await();
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

  private void build() {
    frame.setDefaultCloseOperation(JFrame.DISPOSE_ON_CLOSE);
    frame.addWindowListener(new WindowAdapter() {
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

    JToolBar tools = new JToolBar();
    tools.setFloatable(false);
    tools.add(button(actions.generate, "generate"));
    tools.add(button(actions.openFolder, "openFolder"));
    tools.addSeparator();
    tools.add(button(actions.print, "print"));
    tools.addSeparator();
    tools.add(button(actions.open, "openLoop"));
    tools.add(button(actions.save, "saveLoop"));

    JSplitPane middle = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, view("Loop editor",
        loopView.panel()), view("Preview", preview.panel()));
    loopView.redrawButton.setAction(actions.redraw);
    loopView.swapButton.setAction(actions.swap);
    middle.setResizeWeight(0.55);
    JTabbedPane bottom = new JTabbedPane();
    bottom.setName("bottomViews");
    bottom.addTab("Problems", new JScrollPane(problems.table));
    bottom.addTab("Plugins", plugins.panel());
    bottom.setPreferredSize(new Dimension(100, 170));
    JSplitPane center = new JSplitPane(JSplitPane.VERTICAL_SPLIT, middle, bottom);
    center.setResizeWeight(0.8);
    JScrollPane nav = new JScrollPane(navigator.tree);
    nav.setPreferredSize(new Dimension(360, 100));
    JSplitPane all = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, view("Navigator", nav), center);

    frame.getContentPane().setLayout(new BorderLayout());
    frame.getContentPane().add(tools, BorderLayout.NORTH);
    frame.getContentPane().add(all, BorderLayout.CENTER);
    frame.getContentPane().add(status.panel, BorderLayout.SOUTH);

    editor.onChange(() -> SwingUtilities.invokeLater(this::refreshLoop));
    navigator.refresh();
    problems.show(workbench.problems());
    plugins.refresh();
    loopView.loadForm();
    refreshLoop();
    watcher = workbench.watchProblems(found -> SwingUtilities.invokeLater(() -> {
      problems.show(found);
      navigator.refresh();
      editor.setCandidate(editor.candidate()); // plan again with the edited banks
      status.show("Banks changed on disk: " + found.size() + " problem"
          + (found.size() == 1 ? "" : "s"));
    }));
    frame.setSize(1560, 960);
    frame.setLocationRelativeTo(null);
    frame.setVisible(true);
  }

  private void refreshLoop() {
    loopView.refresh();
    actions.refresh();
    preview.refresh();
  }

  private static JButton button(Action action, String name) {
    return named(new JButton(action), name);
  }
}
