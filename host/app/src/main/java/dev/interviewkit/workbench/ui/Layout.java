package dev.interviewkit.workbench.ui;

import dev.interviewkit.workbench.model.Preferences;
import dev.interviewkit.workbench.model.PreferencesStore;
import dev.interviewkit.workbench.model.WindowLayout;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.Rectangle;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JSplitPane;
import javax.swing.JTabbedPane;
import javax.swing.SwingUtilities;

/** The window's split panes: built, remembered, put back, and reset. */
final class Layout {

  private static final Map<String, Double> START = Map.of("navigator", 0.22, "middle", 0.5,
      "center", 0.78);

  private final JFrame frame;
  private final PreferencesStore store;
  private final Map<String, JSplitPane> splits = new LinkedHashMap<>();
  private JTabbedPane editors;
  private JTabbedPane bottom;

  Layout(JFrame frame, PreferencesStore store) {
    this.frame = frame;
    this.store = store;
  }

  JComponent views(JComponent navigator, JComponent loopEditor, JTabbedPane editors,
      JTabbedPane bottom) {
    this.editors = editors;
    this.bottom = bottom;
    JSplitPane middle = split("middle", JSplitPane.HORIZONTAL_SPLIT, loopEditor, editors, 0.55);
    bottom.setPreferredSize(new Dimension(100, 170));
    JSplitPane center = split("center", JSplitPane.VERTICAL_SPLIT, middle, bottom, 0.8);
    navigator.setPreferredSize(new Dimension(320, 100));
    return split("navigator", JSplitPane.HORIZONTAL_SPLIT, navigator, center, 0);
  }

  private JSplitPane split(String name, int orientation, Component a, Component b,
      double weight) {
    JSplitPane split = Widgets.named(new JSplitPane(orientation, a, b), "split." + name);
    split.setResizeWeight(weight);
    splits.put(name, split);
    return split;
  }

  /** Sizes and places the frame on the screen it opens on. */
  void place() {
    frame.setBounds(Placement.of(store.layout(), Placement.usable(frame
        .getGraphicsConfiguration())));
  }

  void restoreDividers() {
    Map<String, Integer> saved = store.layout().dividers();
    SwingUtilities.invokeLater(() -> splits.forEach((name, split) -> {
      Integer at = saved.get(name);
      if (at != null && at > 0) {
        split.setDividerLocation(at);
      }
    }));
  }

  void reset() {
    splits.forEach((name, split) -> split.setDividerLocation(START.get(name)));
  }

  /** Remembers window, dividers and the loop file with the preferences. */
  void save(Preferences preferences, Path lastLoop) {
    Rectangle b = frame.getBounds();
    Map<String, Integer> dividers = new LinkedHashMap<>();
    splits.forEach((name, split) -> dividers.put(name, split.getDividerLocation()));
    try {
      store.save(preferences, new WindowLayout(b.x, b.y, b.width, b.height, dividers,
          Optional.ofNullable(lastLoop)));
    } catch (java.io.IOException e) {
      // the preferences stay as they were; nothing else to do at closing time
    }
  }

  void show(String view, Component navigator, Component problems, Component plugins) {
    switch (view) {
      case "navigator" -> navigator.requestFocusInWindow();
      case "preview" -> editors.setSelectedIndex(0);
      case "problems" -> {
        bottom.setSelectedIndex(0);
        problems.requestFocusInWindow();
      }
      case "plugins" -> {
        bottom.setSelectedIndex(1);
        plugins.requestFocusInWindow();
      }
      default -> throw new IllegalArgumentException("no view " + view);
    }
  }
}
