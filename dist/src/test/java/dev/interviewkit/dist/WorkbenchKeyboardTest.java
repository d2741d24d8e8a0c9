package dev.interviewkit.dist;

import static dev.interviewkit.dist.WorkbenchWindowTest.find;
import static dev.interviewkit.dist.WorkbenchWindowTest.onEdt;
import static dev.interviewkit.dist.WorkbenchWindowTest.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interviewkit.api.doc.Paper;
import dev.interviewkit.bank.Question;
import dev.interviewkit.workbench.model.Preferences;
import dev.interviewkit.workbench.model.PreferencesStore;
import dev.interviewkit.workbench.model.WindowLayout;
import dev.interviewkit.workbench.model.Workbench;
import dev.interviewkit.workbench.ui.WorkbenchWindow;
import java.awt.Container;
import java.awt.GraphicsEnvironment;
import java.awt.Insets;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Toolkit;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.awt.event.MouseEvent;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JMenu;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import org.fife.ui.rsyntaxtextarea.RSyntaxTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window on a real display with a window manager (.ci/run starts Xvfb and openbox): driven
 * with the keyboard only through java.awt.Robot, and the honest state and the bank editor
 * through the widgets. Skipped, with the reason, without a display or without keyboard focus.
 */
class WorkbenchKeyboardTest {

  static final String DIRECTOR = WorkbenchFixture.DIRECTOR;

  @TempDir Path tmp;
  Path banks;
  WorkbenchWindow window;
  Container root;

  @BeforeEach
  void open() throws Exception {
    Assumptions.assumeFalse(GraphicsEnvironment.isHeadless(), "SKIPPED: no display (DISPLAY is "
        + "not set); .ci/run starts Xvfb and a window manager and exports DISPLAY");
    banks = Files.createDirectories(tmp.resolve("banks"));
    try (Stream<Path> files = Files.list(Kit.BANKS)) {
      for (Path f : files.toList()) {
        Files.copy(f, banks.resolve(f.getFileName()));
      }
    }
    PreferencesStore store = new PreferencesStore(tmp.resolve("config"));
    store.save(new Preferences(Paper.LETTER, tmp.resolve("window"), "", Optional.of(DIRECTOR),
        13, Preferences.Editor.BUILT_IN), WindowLayout.NONE);
    Workbench workbench = Workbenches.open(banks, tmp.resolve("plugin-config"));
    SwingUtilities.invokeAndWait(() -> {
      WorkbenchWindow.installLookAndFeel();
      window = WorkbenchWindow.create(workbench, store, null);
    });
    root = window.frame().getContentPane();
  }

  @AfterEach
  void close() throws Exception {
    if (window != null) {
      SwingUtilities.invokeAndWait(() -> {
        for (Window w : Window.getWindows()) {
          w.dispose();
        }
      });
    }
  }

  @Test
  void newLoopTypeACandidateGenerateUndoASwapAndSaveWithTheKeyboardOnly() throws Exception {
    Rectangle screen = onEdt(() -> usable());
    Rectangle bounds = onEdt(() -> window.frame().getBounds());
    assertTrue(screen.contains(bounds), "the window " + bounds + " does not fit the screen "
        + screen);
    Robot robot = new Robot();
    robot.setAutoDelay(30);
    SwingUtilities.invokeAndWait(() -> {
      window.frame().toFront();
      window.frame().requestFocus();
    });
    try {
      waitFor(() -> onEdt(() -> window.frame().isFocused()), 10, "no focus");
    } catch (AssertionError e) {
      Assumptions.abort("SKIPPED: the window never got the keyboard focus (no window manager?); "
          + ".ci/run starts openbox beside Xvfb");
    }

    keys(robot, KeyEvent.VK_CONTROL, KeyEvent.VK_N);
    JTextField candidate = find(root, "candidate", JTextField.class);
    waitFor(() -> onEdt(candidate::isFocusOwner), 10, "Ctrl+N did not put the caret in the "
        + "candidate field");
    type(robot, "Jane Doe");
    waitFor(() -> onEdt(() -> window.editor().candidate().equals("Jane Doe")
        && window.editor().blocker().isEmpty()), 20, "the typed candidate did not plan a loop: "
        + window.editor().blocker());
    assertEquals(DIRECTOR, onEdt(() -> window.editor().role()), "the preferences' role");

    keys(robot, KeyEvent.VK_CONTROL, KeyEvent.VK_G);
    waitFor(() -> onEdt(() -> !window.lastWritten().isEmpty()), 120, "Ctrl+G did not generate: "
        + status());
    List<Path> written = onEdt(window::lastWritten);
    assertTrue(written.size() >= 18, written.toString());
    assertTrue(written.stream().allMatch(p -> p.startsWith(tmp.resolve("window"))));

    List<String> before = firstRound();
    keys(robot, KeyEvent.VK_CONTROL, KeyEvent.VK_E);
    waitFor(() -> onEdt(() -> dialog() != null), 10, "Ctrl+E did not offer a swap: "
        + status());
    key(robot, KeyEvent.VK_ENTER);
    waitFor(() -> onEdt(() -> !firstRound().equals(before)), 10, "Enter did not swap");
    keys(robot, KeyEvent.VK_CONTROL, KeyEvent.VK_Z);
    waitFor(() -> onEdt(() -> firstRound().equals(before)), 10, "Ctrl+Z did not undo the swap");

    keys(robot, KeyEvent.VK_CONTROL, KeyEvent.VK_S);
    waitFor(() -> onEdt(() -> dialog() != null), 10, "Ctrl+S did not ask where to save");
    Path saved = onEdt(() -> window.editor().out().resolve(
        window.editor().loopFolder().getFileName() + ".yaml"));
    key(robot, KeyEvent.VK_ENTER);
    waitFor(() -> Files.isRegularFile(saved), 10, "Enter did not save " + saved);
    String yaml = Files.readString(saved);
    assertTrue(yaml.contains("Jane Doe"), yaml);
    for (String id : before) {
      assertTrue(yaml.contains(id), "the saved loop lacks " + id + " the undo brought back");
    }

    onEdt(() -> {
      find(root, "status", JLabel.class).setText("Saved interview-packets/"
          + saved.getFileName() + "; ./kit packet --role director-of-engineering --panel "
          + "... writes the same files");
      find(root, "out", JTextField.class).setText("interview-packets");
      return null;
    });
    keys(robot, KeyEvent.VK_ALT, KeyEvent.VK_L);
    JMenu loop = onEdt(() -> window.frame().getJMenuBar().getMenu(2));
    waitFor(() -> onEdt(loop::isPopupMenuVisible), 10, "Alt+L did not open the Loop menu");
    Thread.sleep(400);
    BufferedImage shot = robot.createScreenCapture(onEdt(() -> window.frame().getBounds()));
    key(robot, KeyEvent.VK_ESCAPE);
    Path target = Path.of("target", "workbench-menus.png").toAbsolutePath();
    Files.createDirectories(target.getParent());
    ImageIO.write(shot, "png", target.toFile());
    if ("docs".equals(System.getProperty("kit.screenshot"))) {
      Files.copy(target, Path.of(System.getProperty("interviewkit.repo"), "docs",
          "workbench-menus.png"), StandardCopyOption.REPLACE_EXISTING);
    }
  }

  @Test
  void anImpossibleDateIsFlaggedAtTheFieldAndGenerateIsRefusedWithTheReason() throws Exception {
    onEdt(() -> {
      JTextField candidate = find(root, "candidate", JTextField.class);
      candidate.setText("Jane Doe");
      candidate.postActionEvent();
      JTextField date = find(root, "date", JTextField.class);
      date.setText("2026-02-30");
      date.postActionEvent();
      return null;
    });
    String fault = "date: 2026-02-30 is not a day; February 2026 has 28 days";
    waitFor(() -> onEdt(() -> fault.equals(find(root, "date", JTextField.class)
        .getToolTipText())), 10, "the date field is not flagged");
    assertEquals("error", onEdt(() -> find(root, "date", JTextField.class)
        .getClientProperty("JComponent.outline")));
    assertFalse(onEdt(() -> find(root, "generate", JButton.class).isEnabled()));
    assertEquals("Cannot generate: " + fault, onEdt(() -> find(root, "generate.reason",
        JLabel.class).getText()));
  }

  @Test
  void doubleClickingAProblemOpensTheBankAtItsLineAndSavingValidatesAtOnce() throws Exception {
    onEdt(() -> {
      JTextField candidate = find(root, "candidate", JTextField.class);
      candidate.setText("Jane Doe");
      candidate.postActionEvent();
      return null;
    });
    Path org = banks.resolve("org-design.yaml");
    String good = Files.readString(org);
    Files.writeString(org, good.replaceFirst("follow_ups:", "folow_ups:"));
    JTable problems = find(root, "problems", JTable.class);
    waitFor(() -> onEdt(() -> problems.getRowCount() > 0), 20, "the watcher saw no problem");
    waitFor(() -> onEdt(() -> !find(root, "generate", JButton.class).isEnabled()), 10,
        "a broken bank left Generate enabled");
    // The label shows the first problem (a bank using org-design's competencies may come first);
    // its tooltip has them all.
    JLabel reason = find(root, "generate.reason", JLabel.class);
    waitFor(() -> onEdt(() -> reason.getText().startsWith("Cannot generate: ")
        && reason.getToolTipText().contains("org-design.yaml")), 10,
        "the reason does not name the bank: " + onEdt(reason::getToolTipText));
    int row = onEdt(() -> {
      for (int r = 0; r < problems.getRowCount(); r++) {
        if (((String) problems.getValueAt(r, 0)).contains("org-design.yaml")) {
          return r;
        }
      }
      return -1;
    });
    assertTrue(row >= 0, "no problem of org-design.yaml in the Problems view");
    int line = Integer.parseInt(onEdt(() -> (String) problems.getValueAt(row, 0))
        .replaceAll(".*:(\\d+):\\d+$", "$1"));
    onEdt(() -> {
      Rectangle cell = problems.getCellRect(row, 0, true);
      problems.dispatchEvent(new MouseEvent(problems, MouseEvent.MOUSE_CLICKED,
          System.currentTimeMillis(), 0, cell.x + 5, cell.y + 5, 2, false,
          MouseEvent.BUTTON1));
      return null;
    });
    RSyntaxTextArea text = find(root, "bank.editor", RSyntaxTextArea.class);
    assertEquals(line, onEdt(() -> text.getCaretLineNumber() + 1));
    assertEquals("text/yaml", onEdt(text::getSyntaxEditingStyle));
    onEdt(() -> {
      text.setText(text.getText().replace("folow_ups:", "follow_ups:"));
      find(root, "bank.save", JButton.class).doClick();
      return null;
    });
    assertEquals("No problems in org-design.yaml", onEdt(() -> find(root, "bank.problems",
        JLabel.class).getText()));
    assertEquals(good, Files.readString(org));
    waitFor(() -> onEdt(() -> problems.getRowCount() == 0 && find(root, "generate",
        JButton.class).isEnabled()), 20, "the fixed bank still blocks Generate");
  }

  private Rectangle usable() {
    Rectangle b = window.frame().getGraphicsConfiguration().getBounds();
    Insets in = Toolkit.getDefaultToolkit().getScreenInsets(window.frame()
        .getGraphicsConfiguration());
    return new Rectangle(b.x + in.left, b.y + in.top, b.width - in.left - in.right,
        b.height - in.top - in.bottom);
  }

  private String status() throws Exception {
    return onEdt(() -> find(root, "status", JLabel.class).getText());
  }

  private List<String> firstRound() {
    return window.editor().rounds().get(0).questions().stream().map(Question::id).toList();
  }

  private static JDialog dialog() {
    for (Window w : Window.getWindows()) {
      if (w instanceof JDialog d && d.isShowing() && d.isFocused()) {
        return d;
      }
    }
    return null;
  }

  private static void key(Robot robot, int key) {
    robot.keyPress(key);
    robot.keyRelease(key);
    robot.waitForIdle();
  }

  private static void keys(Robot robot, int modifier, int key) {
    robot.keyPress(modifier);
    robot.keyPress(key);
    robot.keyRelease(key);
    robot.keyRelease(modifier);
    robot.waitForIdle();
  }

  private static void type(Robot robot, String text) {
    for (char c : text.toCharArray()) {
      int code = KeyEvent.getExtendedKeyCodeForChar(c);
      boolean shift = Character.isUpperCase(c);
      if (shift) {
        robot.keyPress(KeyEvent.VK_SHIFT);
      }
      robot.keyPress(code);
      robot.keyRelease(code);
      if (shift) {
        robot.keyRelease(KeyEvent.VK_SHIFT);
      }
    }
    robot.waitForIdle();
  }

}
