package dev.interviewkit.workbench.ui;

import dev.interviewkit.bank.InvalidInputException;
import dev.interviewkit.bank.Problem;
import dev.interviewkit.output.OutputException;
import dev.interviewkit.service.KitException;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Font;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;

/** Small helpers the views share. */
final class Widgets {

  static final Color ERROR = new Color(0xB00020);
  static final Color GOOD = new Color(0x1B5E20);

  private Widgets() {}

  static <T extends JComponent> T named(T component, String name) {
    component.setName(name);
    return component;
  }

  /** A view: its title above its content, as Eclipse draws a view's tab. */
  static JComponent view(String title, JComponent content) {
    JPanel panel = new JPanel(new BorderLayout());
    JLabel header = new JLabel(" " + title);
    header.setFont(header.getFont().deriveFont(Font.BOLD));
    header.setBorder(BorderFactory.createMatteBorder(0, 0, 1, 0, new Color(0xD0D0D0)));
    panel.add(header, BorderLayout.NORTH);
    panel.add(content, BorderLayout.CENTER);
    return panel;
  }

  /** Adds a labelled row to a two-column form; returns the next row. */
  static int field(JPanel form, int row, String label, JComponent field) {
    return field(form, row, new JLabel(label), field);
  }

  static int field(JPanel form, int row, JLabel label, JComponent field) {
    if (!(form.getLayout() instanceof GridBagLayout)) {
      throw new IllegalArgumentException("a form needs a GridBagLayout");
    }
    label.setLabelFor(field);
    GridBagConstraints c = new GridBagConstraints();
    c.gridy = row;
    c.gridx = 0;
    c.anchor = GridBagConstraints.LINE_START;
    c.insets = new Insets(2, 2, 2, 8);
    form.add(label, c);
    c.gridx = 1;
    c.weightx = 1;
    c.fill = GridBagConstraints.HORIZONTAL;
    form.add(field, c);
    return row + 1;
  }

  /** The message of what went wrong, without wrappers; a bank's problems one per line. */
  static String rootMessage(Throwable e) {
    Throwable t = e;
    while ((t instanceof java.util.concurrent.ExecutionException
        || t instanceof java.lang.reflect.InvocationTargetException) && t.getCause() != null) {
      t = t.getCause();
    }
    if (t instanceof InvalidInputException invalid) {
      return String.join("\n", invalid.problems().stream().map(Problem::toString).toList());
    }
    if (t instanceof KitException || t instanceof OutputException) {
      return t.getMessage();
    }
    return t.getMessage() == null ? t.toString() : t.getMessage();
  }

  static String abbreviate(String text, int max) {
    String flat = text.replaceAll("\\s+", " ").strip();
    return flat.length() <= max ? flat : flat.substring(0, max - 1) + "…";
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** Text as HTML lines for a label. */
  static String html(String text) {
    return "<html>" + escape(text).replace("\n", "<br>") + "</html>";
  }

  /** A listener that runs {@code action} on every change of a text document. */
  static DocumentListener onEdit(Runnable action) {
    return new DocumentListener() {
      @Override
      public void insertUpdate(DocumentEvent e) {
        action.run();
      }

      @Override
      public void removeUpdate(DocumentEvent e) {
        action.run();
      }

      @Override
      public void changedUpdate(DocumentEvent e) {
        action.run();
      }
    };
  }
}
