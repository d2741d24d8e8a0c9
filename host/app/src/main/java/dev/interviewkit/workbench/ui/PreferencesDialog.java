package dev.interviewkit.workbench.ui;

import static dev.interviewkit.workbench.ui.Widgets.field;
import static dev.interviewkit.workbench.ui.Widgets.named;

import dev.interviewkit.api.doc.Paper;
import dev.interviewkit.workbench.model.Preferences;
import java.awt.GridBagLayout;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.swing.BorderFactory;
import javax.swing.JComboBox;
import javax.swing.JFrame;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JSpinner;
import javax.swing.JTextField;
import javax.swing.SpinnerNumberModel;

/** The Preferences dialog; OK returns the new preferences, Cancel nothing. */
final class PreferencesDialog {

  private PreferencesDialog() {}

  static Optional<Preferences> ask(JFrame frame, Preferences now, List<String> roles,
      String file) {
    JComboBox<String> paper = named(new JComboBox<>(new String[] {"letter", "a4"}),
        "prefs.paper");
    paper.setSelectedItem(now.paper() == Paper.A4 ? "a4" : "letter");
    JTextField out = named(new JTextField(now.out().toString(), 30), "prefs.out");
    JTextField organisation = named(new JTextField(now.organisation(), 30),
        "prefs.organisation");
    JComboBox<String> role = named(new JComboBox<>(), "prefs.role");
    role.addItem("(first ready role)");
    roles.forEach(role::addItem);
    role.setSelectedItem(now.role().orElse("(first ready role)"));
    JSpinner font = named(new JSpinner(new SpinnerNumberModel(now.fontSize(),
        Preferences.MIN_FONT, Preferences.MAX_FONT, 1)), "prefs.fontSize");
    JComboBox<String> editor = named(new JComboBox<>(new String[] {"built-in", "system"}),
        "prefs.editor");
    editor.setSelectedItem(now.editor() == Preferences.Editor.SYSTEM ? "system" : "built-in");

    JPanel form = new JPanel(new GridBagLayout());
    form.setBorder(BorderFactory.createEmptyBorder(6, 6, 6, 6));
    int row = 0;
    row = field(form, row, "Paper for new loops", paper);
    row = field(form, row, "Output folder", out);
    row = field(form, row, "Organisation", organisation);
    row = field(form, row, "Role for new loops", role);
    row = field(form, row, "Font size", font);
    row = field(form, row, "Problems open in", editor);
    field(form, row, "Stored in", new javax.swing.JLabel(file));
    while (JOptionPane.showConfirmDialog(frame, form, "Preferences", JOptionPane.OK_CANCEL_OPTION,
        JOptionPane.PLAIN_MESSAGE) == JOptionPane.OK_OPTION) {
      Path folder;
      try {
        folder = Path.of(out.getText().strip());
      } catch (InvalidPathException e) {
        JOptionPane.showMessageDialog(frame, "Output folder: '" + out.getText()
            + "' is not a path", "Preferences", JOptionPane.ERROR_MESSAGE);
        continue;
      }
      if (out.getText().isBlank()) {
        JOptionPane.showMessageDialog(frame, "Output folder: name a folder", "Preferences",
            JOptionPane.ERROR_MESSAGE);
        continue;
      }
      String chosenRole = (String) role.getSelectedItem();
      return Optional.of(new Preferences("a4".equals(paper.getSelectedItem()) ? Paper.A4
          : Paper.LETTER, folder, organisation.getText(),
          role.getSelectedIndex() <= 0 ? Optional.empty() : Optional.of(chosenRole),
          (Integer) font.getValue(), "system".equals(editor.getSelectedItem())
              ? Preferences.Editor.SYSTEM : Preferences.Editor.BUILT_IN));
    }
    return Optional.empty();
  }
}
