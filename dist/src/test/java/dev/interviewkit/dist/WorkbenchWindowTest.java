package dev.interviewkit.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interviewkit.workbench.model.PreferencesStore;
import dev.interviewkit.workbench.model.Workbench;
import dev.interviewkit.workbench.ui.WorkbenchWindow;
import java.awt.Component;
import java.awt.Container;
import java.awt.GraphicsEnvironment;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JRootPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.JTree;
import javax.swing.SwingUtilities;
import javax.swing.tree.TreeModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real window on a real display (Xvfb in CI): select the Director role in the navigator, name
 * the candidate, generate through the window, check the files against the CLI's from the saved
 * loop, and take a screenshot. Skipped, with the reason, only where there is no display at all.
 */
class WorkbenchWindowTest {

  @TempDir Path tmp;
  WorkbenchWindow window;

  @AfterEach
  void close() throws Exception {
    if (window != null) {
      SwingUtilities.invokeAndWait(() -> window.frame().dispose());
    }
  }

  @Test
  void generatesADirectorLoopThroughTheWindow() throws Exception {
    // Asked to refresh the picture, a missing display is a failure, not a silent skip.
    assertTrue(!GraphicsEnvironment.isHeadless() || !"docs".equals(
        System.getProperty("kit.screenshot")), "-Dkit.screenshot=docs needs a display: start "
        + "'Xvfb :99 &' and run Maven with DISPLAY=:99 (docs/workbench.md)");
    Assumptions.assumeFalse(GraphicsEnvironment.isHeadless(), "SKIPPED: no display (DISPLAY is "
        + "not set); .ci/run starts Xvfb (:99 or the next free display) and exports DISPLAY");
    Workbench workbench = Workbenches.open(Kit.BANKS, tmp.resolve("config"));
    SwingUtilities.invokeAndWait(() -> {
      WorkbenchWindow.installLookAndFeel();
      window = WorkbenchWindow.create(workbench, new PreferencesStore(tmp.resolve("prefs")),
          null);
    });
    Container root = window.frame().getContentPane();

    JTree navigator = find(root, "navigator", JTree.class);
    int roles = onEdt(() -> {
      TreeModel m = navigator.getModel();
      return m.getChildCount(m.getChild(m.getRoot(), 0));
    });
    assertEquals(workbench.roles().size(), roles, "the navigator should show every role");
    assertTrue(workbench.roles().stream().map(Workbench.RoleItem::id).toList()
        .containsAll(PluginFaultsTest.BUILT_IN), workbench.roles().toString());

    onEdt(() -> {
      window.selectRoleInNavigator("director-of-engineering");
      return null;
    });
    assertEquals("director-of-engineering",
        onEdt(() -> find(root, "role", JComboBox.class).getSelectedItem()));

    onEdt(() -> {
      type(root, "out", tmp.resolve("window").toString());
      type(root, "date", "2026-12-03");
      type(root, "seed", "7");
      type(root, "candidate", "Jane Doe");
      JTable rounds = find(root, "rounds", JTable.class);
      rounds.getModel().setValueAt("Priya Raman", 0, 3);
      rounds.getModel().setValueAt("Principal Engineer", 0, 4);
      rounds.getModel().setValueAt("09:00", 0, 2);
      return null;
    });
    assertEquals("Jane Doe", onEdt(() -> window.editor().candidate()));
    assertEquals(new dev.interviewkit.plan.Interviewer("Priya Raman", "Principal Engineer",
        "09:00"), onEdt(() -> window.editor().interviewer("systems-design")));
    assertTrue(onEdt(() -> window.editor().loop().isPresent()), window.editor().error());

    JButton generate = find(root, "generate", JButton.class);
    JButton openFolder = find(root, "openFolder", JButton.class);
    onEdt(() -> {
      generate.doClick();
      return null;
    });
    waitFor(() -> onEdt(openFolder::isEnabled), 120, "Generate did not finish: "
        + onEdt(() -> find(root, "status", JLabel.class).getText()));
    List<Path> written = onEdt(window::lastWritten);
    assertTrue(written.size() >= 18, written.toString());
    for (Path p : written) {
      assertTrue(Files.size(p) > 1000, p + " is nearly empty");
      assertTrue(p.startsWith(tmp.resolve("window")), p.toString());
    }
    assertTrue(onEdt(() -> find(root, "status", JLabel.class).getText())
        .startsWith("Wrote " + written.size() + " files to "));

    // The same loop from the CLI, given the file Save loop writes.
    Path loopFile = tmp.resolve("jane.yaml");
    onEdt(() -> {
      window.saveTo(loopFile);
      return null;
    });
    Kit cli = Kit.run("packet", "--role", "director-of-engineering", "--panel",
        loopFile.toString(), "--out", tmp.resolve("cli").toString(),
        "--plugins", Kit.PLUGINS.toString(), "--banks", Kit.BANKS.toString());
    assertEquals(0, cli.exitCode(), cli.err());
    Map<String, String> fromWindow = Workbenches.hashes(tmp.resolve("window"));
    assertEquals(written.size(), fromWindow.size());
    assertEquals(fromWindow, Workbenches.hashes(tmp.resolve("cli")));

    // Preview of the first packet, second page, for the screenshot.
    onEdt(() -> {
      find(root, "rounds", JTable.class).setRowSelectionInterval(0, 0);
      find(root, "preview.document", JComboBox.class).setSelectedItem("11-systems-design-packet");
      return null;
    });
    JLabel page = find(root, "preview.page", JLabel.class);
    JLabel image = find(root, "preview.image", JLabel.class);
    waitFor(() -> onEdt(() -> page.getText().startsWith("Page 1 of")
        && "11-systems-design-packet".equals(image.getToolTipText())), 60,
        "the preview did not render: " + onEdt(page::getText));
    onEdt(() -> {
      find(root, "status", JLabel.class).setText("Wrote " + written.size()
          + " files to interview-packets/2026-12-03-jane-doe-director-of-engineering");
      find(root, "out", JTextField.class).setText("interview-packets");
      return null;
    });
    screenshot();
  }

  /**
   * The window painted into an image, not captured from the screen: the same picture on any
   * display, or with another window on top.
   */
  private void screenshot() throws Exception {
    Thread.sleep(500);
    SwingUtilities.invokeAndWait(() -> { });
    BufferedImage image = onEdt(() -> {
      JRootPane pane = window.frame().getRootPane();
      BufferedImage shot = new BufferedImage(pane.getWidth(), pane.getHeight(),
          BufferedImage.TYPE_INT_RGB);
      Graphics2D g = shot.createGraphics();
      try {
        pane.paint(g);
      } finally {
        g.dispose();
      }
      return shot;
    });
    Path target = Path.of("target", "workbench.png").toAbsolutePath();
    Files.createDirectories(target.getParent());
    ImageIO.write(image, "png", target.toFile());
    assertTrue(Files.size(target) > 10_000, "screenshot is nearly empty");
    // mvn verify -Dkit.screenshot=docs refreshes the README's picture.
    if ("docs".equals(System.getProperty("kit.screenshot"))) {
      Files.copy(target, Path.of(System.getProperty("interviewkit.repo"), "docs",
          "workbench.png"), StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void type(Container root, String name, String text) {
    JTextField field = find(root, name, JTextField.class);
    field.setText(text);
    field.postActionEvent();
  }

  static <T> T onEdt(Callable<T> action) throws Exception {
    AtomicReference<T> result = new AtomicReference<>();
    AtomicReference<Exception> failure = new AtomicReference<>();
    SwingUtilities.invokeAndWait(() -> {
      try {
        result.set(action.call());
      } catch (Exception e) {
        failure.set(e);
      }
    });
    if (failure.get() != null) {
      throw failure.get();
    }
    return result.get();
  }

  static void waitFor(Callable<Boolean> condition, int seconds, Object why) throws Exception {
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    while (System.nanoTime() < deadline) {
      if (condition.call()) {
        return;
      }
      Thread.sleep(200);
    }
    throw new AssertionError(why.toString());
  }

  static <T extends Component> T find(Container root, String name, Class<T> type) {
    T found = search(root, name, type);
    if (found == null) {
      throw new AssertionError("no " + type.getSimpleName() + " named " + name);
    }
    return found;
  }

  private static <T extends Component> T search(Container root, String name, Class<T> type) {
    for (Component c : root.getComponents()) {
      if (name.equals(c.getName()) && type.isInstance(c)) {
        return type.cast(c);
      }
      if (c instanceof Container inner) {
        T found = search(inner, name, type);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }
}
