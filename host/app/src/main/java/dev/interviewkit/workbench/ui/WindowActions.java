package dev.interviewkit.workbench.ui;

import java.awt.event.KeyEvent;
import javax.swing.Action;

/** The window's own actions: preferences, about, quit, and the View menu's. */
final class WindowActions {

  /** What the window does for each action. */
  interface Target {
    void preferences();

    void about();

    void quit();

    void show(String view);

    void resetLayout();
  }

  final Action preferences;
  final Action about;
  final Action quit;
  final Action navigator;
  final Action preview;
  final Action problems;
  final Action plugins;
  final Action resetLayout;

  WindowActions(Target t) {
    preferences = Keys.action("Preferences…", KeyEvent.VK_E, Keys.ctrl(KeyEvent.VK_COMMA),
        "Paper, output folder, organisation, default role, font size, editor",
        e -> t.preferences());
    about = Keys.action("About interview-kit", KeyEvent.VK_A, Keys.plain(KeyEvent.VK_F1),
        "Version, Java and the installed plugins", e -> t.about());
    quit = Keys.action("Quit", KeyEvent.VK_Q, Keys.ctrl(KeyEvent.VK_Q),
        "Close the workbench, remembering the window and the loop", e -> t.quit());
    navigator = Keys.action("Navigator", KeyEvent.VK_N, Keys.ctrlShift(KeyEvent.VK_1),
        "Go to the Navigator", e -> t.show("navigator"));
    preview = Keys.action("Preview", KeyEvent.VK_V, Keys.ctrlShift(KeyEvent.VK_2),
        "Show the Preview", e -> t.show("preview"));
    problems = Keys.action("Problems", KeyEvent.VK_P, Keys.ctrlShift(KeyEvent.VK_3),
        "Show the Problems view", e -> t.show("problems"));
    plugins = Keys.action("Plugins", KeyEvent.VK_L, Keys.ctrlShift(KeyEvent.VK_4),
        "Show the Plugins view", e -> t.show("plugins"));
    resetLayout = Keys.action("Reset layout", KeyEvent.VK_R, Keys.ctrlShift(KeyEvent.VK_0),
        "Put the views back where they start", e -> t.resetLayout());
  }
}
