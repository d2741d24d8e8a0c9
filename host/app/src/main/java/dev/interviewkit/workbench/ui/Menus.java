package dev.interviewkit.workbench.ui;

import static dev.interviewkit.workbench.ui.Widgets.named;

import java.awt.event.KeyEvent;
import javax.swing.Action;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JToolBar;

/** The menu bar (File, Edit, Loop, View, Help) and the tool bar, both over the same actions. */
final class Menus {

  private Menus() {}

  static JMenuBar bar(LoopActions loop, WindowActions window) {
    JMenuBar bar = named(new JMenuBar(), "menus");
    bar.add(menu("File", KeyEvent.VK_F, loop.newLoop, loop.open, loop.save, null, loop.print,
        null, window.preferences, null, window.quit));
    bar.add(menu("Edit", KeyEvent.VK_E, loop.undo, loop.redo));
    bar.add(menu("Loop", KeyEvent.VK_L, loop.generate, loop.openFolder, null, loop.redraw,
        loop.swap));
    bar.add(menu("View", KeyEvent.VK_V, window.navigator, window.preview, window.problems,
        window.plugins, null, window.resetLayout));
    bar.add(menu("Help", KeyEvent.VK_H, window.about));
    return bar;
  }

  /** The tool bar: the same actions, and why Generate is refused when it is. */
  static JToolBar tools(LoopActions loop, JLabel reason) {
    JToolBar tools = named(new JToolBar(), "tools");
    tools.setFloatable(false);
    tools.add(button(loop.newLoop, "newLoop"));
    tools.add(button(loop.open, "openLoop"));
    tools.add(button(loop.save, "saveLoop"));
    tools.addSeparator();
    tools.add(fixed(button(loop.undo, "undo"), "Undo"));
    tools.add(fixed(button(loop.redo, "redo"), "Redo"));
    tools.addSeparator();
    tools.add(button(loop.generate, "generate"));
    tools.add(button(loop.openFolder, "openFolder"));
    tools.add(button(loop.print, "print"));
    tools.addSeparator();
    tools.add(button(loop.redraw, "redrawTool"));
    tools.add(button(loop.swap, "swapTool"));
    tools.addSeparator();
    tools.add(reason);
    return tools;
  }

  private static JMenu menu(String title, int mnemonic, Action... items) {
    JMenu menu = named(new JMenu(title), "menu." + title.toLowerCase(java.util.Locale.ROOT));
    menu.setMnemonic(mnemonic);
    for (Action a : items) {
      if (a == null) {
        menu.addSeparator();
      } else {
        JMenuItem item = new JMenuItem(a);
        item.setToolTipText(null);
        menu.add(item);
      }
    }
    return menu;
  }

  /** A button whose text stays {@code text} while its action's name changes ("Undo Swap …"). */
  private static JButton fixed(JButton button, String text) {
    button.setHideActionText(true);
    button.setText(text);
    return button;
  }

  private static JButton button(Action action, String name) {
    JButton b = named(new JButton(action), name);
    b.setFocusable(false);
    b.setMnemonic(0);
    return b;
  }
}
