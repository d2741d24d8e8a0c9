package dev.interviewkit.workbench.ui;

import static dev.interviewkit.workbench.ui.Widgets.abbreviate;
import static dev.interviewkit.workbench.ui.Widgets.escape;
import static dev.interviewkit.workbench.ui.Widgets.field;
import static dev.interviewkit.workbench.ui.Widgets.named;

import dev.interviewkit.api.doc.Paper;
import dev.interviewkit.bank.Question;
import dev.interviewkit.workbench.model.LoopEditor;
import dev.interviewkit.workbench.model.LoopEditor.RoundView;
import dev.interviewkit.workbench.model.Workbench;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.GridBagLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.swing.BorderFactory;
import javax.swing.DefaultListCellRenderer;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import javax.swing.Timer;

/** The Loop editor: the form, the rounds and the selected round's questions. */
final class LoopEditorView {

  private final Workbench workbench;
  private final LoopEditor editor;
  final JComboBox<String> roleBox = named(new JComboBox<>(), "role");
  final JTextField candidateField = named(new JTextField(22), "candidate");
  final JTextField dateField = named(new JTextField(10), "date");
  final JComboBox<Paper> paperBox = named(new JComboBox<>(Paper.values()), "paper");
  private final JPanel formatsPanel = named(new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 0)),
      "formats");
  final JTextField seedField = named(new JTextField(8), "seed");
  final JTextField outField = named(new JTextField(28), "out");
  final RoundsTableModel roundsModel;
  final JTable roundsTable;
  private final DefaultListModel<Question> questionsModel = new DefaultListModel<>();
  final JList<Question> questionsList = named(new JList<>(questionsModel), "questions");
  private final JLabel budgetLabel = named(new JLabel(" "), "budget");
  final JLabel errorLabel = named(new JLabel(" "), "error");
  final JButton redrawButton = named(new JButton("Redraw round"), "redraw");
  final JButton swapButton = named(new JButton("Swap question…"), "swap");
  private final Timer replanTimer;
  boolean updating;

  LoopEditorView(Workbench workbench, LoopEditor editor) {
    this.workbench = workbench;
    this.editor = editor;
    roundsModel = new RoundsTableModel(editor);
    roundsTable = named(new JTable(roundsModel), "rounds");
    replanTimer = new Timer(300, e -> commitForm());
    replanTimer.setRepeats(false);
  }

  JComponent panel() {
    JPanel form = new JPanel(new GridBagLayout());
    form.setBorder(BorderFactory.createEmptyBorder(6, 6, 6, 6));
    int row = 0;
    row = field(form, row, "Role", roleBox);
    row = field(form, row, "Candidate", candidateField);
    row = field(form, row, "Date (YYYY-MM-DD)", dateField);
    row = field(form, row, "Paper", paperBox);
    row = field(form, row, "Formats", formatsPanel);
    row = field(form, row, "Seed (empty: derived)", seedField);
    field(form, row, "Output folder", outField);
    candidateField.setToolTipText("The candidate's name, printed exactly as typed");
    for (String format : editor.availableFormats()) {
      JCheckBox box = named(new JCheckBox(format, editor.formats().contains(format)),
          "format." + format);
      box.addActionListener(e -> commitFormats());
      formatsPanel.add(box);
    }
    paperBox.setRenderer(new DefaultListCellRenderer() {
      private static final long serialVersionUID = 1L;

      @Override
      public Component getListCellRendererComponent(JList<?> list, Object value, int index,
          boolean selected, boolean focus) {
        return super.getListCellRendererComponent(list, value == Paper.A4 ? "A4" : "Letter",
            index, selected, focus);
      }
    });

    roundsTable.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
    roundsTable.setRowHeight(24);
    roundsTable.getColumnModel().getColumn(0).setMaxWidth(30);
    JScrollPane rounds = new JScrollPane(roundsTable);
    rounds.setPreferredSize(new Dimension(100, 150));

    questionsList.setCellRenderer((list, q, index, selected, focus) -> {
      JLabel l = new JLabel("<html><b>" + q.id() + "</b> · " + q.competency() + " · "
          + q.kind().toString().toLowerCase(Locale.ROOT) + " · " + q.minutes()
          + " min<br>" + escape(abbreviate(q.prompt(), 140)) + "</html>");
      l.setBorder(BorderFactory.createEmptyBorder(3, 4, 3, 4));
      l.setOpaque(true);
      l.setBackground(selected ? list.getSelectionBackground() : list.getBackground());
      l.setForeground(selected ? list.getSelectionForeground() : list.getForeground());
      return l;
    });
    JPanel roundActions = new JPanel(new FlowLayout(FlowLayout.LEFT));
    roundActions.add(redrawButton);
    roundActions.add(swapButton);
    roundActions.add(budgetLabel);
    JPanel questions = new JPanel(new BorderLayout());
    questions.add(roundActions, BorderLayout.NORTH);
    questions.add(new JScrollPane(questionsList), BorderLayout.CENTER);
    errorLabel.setForeground(Widgets.ERROR);
    questions.add(errorLabel, BorderLayout.SOUTH);

    JSplitPane roundsAndQuestions = new JSplitPane(JSplitPane.VERTICAL_SPLIT, rounds, questions);
    roundsAndQuestions.setResizeWeight(0.4);
    JPanel panel = new JPanel(new BorderLayout());
    panel.add(form, BorderLayout.NORTH);
    panel.add(roundsAndQuestions, BorderLayout.CENTER);
    wire();
    return panel;
  }

  private void wire() {
    roleBox.addActionListener(e -> {
      if (!updating && roleBox.getSelectedItem() != null) {
        editor.setRole((String) roleBox.getSelectedItem());
      }
    });
    paperBox.addActionListener(e -> {
      if (!updating) {
        editor.setPaper((Paper) paperBox.getSelectedItem());
      }
    });
    for (JTextField f : List.of(candidateField, dateField, seedField, outField)) {
      f.addActionListener(e -> commitForm());
      f.getDocument().addDocumentListener(Widgets.onEdit(() -> {
        if (!updating) {
          replanTimer.restart();
        }
      }));
    }
    roundsTable.getSelectionModel().addListSelectionListener(e -> {
      if (!e.getValueIsAdjusting()) {
        showRound();
      }
    });
  }

  /** Hands the text fields to the editor, which checks each. */
  void commitForm() {
    replanTimer.stop();
    if (updating) {
      return;
    }
    editor.enterOut(outField.getText());
    editor.enterDate(dateField.getText());
    editor.enterSeed(seedField.getText());
    if (!candidateField.getText().strip().equals(editor.candidate())) {
      editor.setCandidate(candidateField.getText());
    }
  }

  /** Marks every invalid field where it is: a red outline and the fault as its tooltip. */
  private void flagFaults() {
    Map<String, String> faults = editor.faults();
    Map<String, JComponent> fields = Map.of("role", roleBox, "candidate", candidateField,
        "date", dateField, "seed", seedField, "out", outField, "formats", formatsPanel);
    fields.forEach((name, field) -> {
      String fault = faults.get(name);
      field.putClientProperty("JComponent.outline", fault == null ? null : "error");
      field.setToolTipText(fault);
      if (field == formatsPanel) {
        formatsPanel.setBorder(fault == null ? null
            : BorderFactory.createLineBorder(Widgets.ERROR));
      }
      field.repaint();
    });
    List<String> lines = new ArrayList<>(faults.values());
    if (faults.isEmpty() && !editor.error().isEmpty()) {
      lines.add(editor.error());
    }
    errorLabel.setText(lines.isEmpty() ? " " : Widgets.html(String.join("\n", lines)));
  }

  private void commitFormats() {
    List<String> formats = new ArrayList<>();
    for (var c : formatsPanel.getComponents()) {
      if (c instanceof JCheckBox box && box.isSelected()) {
        formats.add(box.getText());
      }
    }
    editor.setFormats(formats);
  }

  /** Puts the editor's values into the form. */
  void loadForm() {
    updating = true;
    try {
      roleBox.removeAllItems();
      workbench.readyRoleIds().forEach(roleBox::addItem);
      roleBox.setSelectedItem(editor.role());
      candidateField.setText(editor.candidate());
      dateField.setText(editor.date().toString());
      paperBox.setSelectedItem(editor.paper());
      seedField.setText(editor.seed() == null ? "" : editor.seed().toString());
      outField.setText(editor.out().toString());
    } finally {
      updating = false;
    }
  }

  /** Shows the editor's loop: rounds, questions, error. */
  void refresh() {
    updating = true;
    try {
      if (!Objects.equals(roleBox.getSelectedItem(), editor.role())) {
        roleBox.setSelectedItem(editor.role());
      }
      int selected = Math.max(0, roundsTable.getSelectedRow());
      roundsModel.rounds = editor.rounds();
      roundsModel.fireTableDataChanged();
      if (!roundsModel.rounds.isEmpty()) {
        int row = Math.min(selected, roundsModel.rounds.size() - 1);
        roundsTable.setRowSelectionInterval(row, row);
      }
      flagFaults();
      boolean planned = editor.loop().isPresent();
      redrawButton.setEnabled(planned);
      swapButton.setEnabled(planned);
    } finally {
      updating = false;
    }
    showRound();
  }

  Optional<RoundView> selectedRound() {
    int row = roundsTable.getSelectedRow();
    return row < 0 || row >= roundsModel.rounds.size() ? Optional.empty()
        : Optional.of(roundsModel.rounds.get(row));
  }

  private void showRound() {
    questionsModel.clear();
    Optional<RoundView> round = selectedRound();
    round.ifPresent(r -> r.questions().forEach(questionsModel::addElement));
    budgetLabel.setText(round.map(r -> "Questions: " + r.budget()).orElse(" "));
    budgetLabel.setForeground(round.map(RoundView::overBudget).orElse(false)
        ? Widgets.ERROR : Widgets.GOOD);
  }

  void stop() {
    replanTimer.stop();
  }
}
