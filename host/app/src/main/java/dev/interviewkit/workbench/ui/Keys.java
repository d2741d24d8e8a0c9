package dev.interviewkit.workbench.ui;

import java.awt.Toolkit;
import java.awt.event.ActionEvent;
import java.awt.event.InputEvent;
import java.util.function.Consumer;
import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.KeyStroke;

/** Builds the actions menus and tool bar share: name, mnemonic, accelerator, tooltip. */
final class Keys {

  private Keys() {}

  /** The platform's menu shortcut key (Ctrl; Command on a Mac). */
  static int menu() {
    return Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx();
  }

  static KeyStroke ctrl(int key) {
    return KeyStroke.getKeyStroke(key, menu());
  }

  static KeyStroke ctrlShift(int key) {
    return KeyStroke.getKeyStroke(key, menu() | InputEvent.SHIFT_DOWN_MASK);
  }

  static KeyStroke plain(int key) {
    return KeyStroke.getKeyStroke(key, 0);
  }

  /**
   * An action named {@code name}, whose menu item underlines {@code mnemonic}, run by
   * {@code accelerator}; the tooltip says what it does and names the keys.
   */
  static Action action(String name, int mnemonic, KeyStroke accelerator, String tip,
      Consumer<ActionEvent> body) {
    Action a = new AbstractAction(name) {
      private static final long serialVersionUID = 1L;

      @Override
      public void actionPerformed(ActionEvent e) {
        if (isEnabled()) {
          body.accept(e);
        }
      }
    };
    a.putValue(Action.MNEMONIC_KEY, mnemonic);
    a.putValue(Action.ACCELERATOR_KEY, accelerator);
    a.putValue(Action.SHORT_DESCRIPTION, tip + " (" + text(accelerator) + ")");
    a.putValue("tip", tip);
    return a;
  }

  /** Sets the tooltip to {@code tip} and the action's keys. */
  static void tip(Action a, String tip) {
    a.putValue(Action.SHORT_DESCRIPTION, tip + " ("
        + text((KeyStroke) a.getValue(Action.ACCELERATOR_KEY)) + ")");
  }

  static String text(KeyStroke k) {
    String mods = InputEvent.getModifiersExText(k.getModifiers());
    String key = java.awt.event.KeyEvent.getKeyText(k.getKeyCode());
    return mods.isEmpty() ? key : mods + "+" + key;
  }
}
