package dev.interviewkit.workbench.ui;

import com.formdev.flatlaf.FlatLightLaf;
import dev.interviewkit.api.doc.Paper;
import dev.interviewkit.bank.InvalidInputException;
import dev.interviewkit.bank.Problem;
import dev.interviewkit.bank.Question;
import dev.interviewkit.host.PluginHost;
import dev.interviewkit.output.OutputException;
import dev.interviewkit.service.KitException;
import dev.interviewkit.workbench.model.LoopEditor;
import dev.interviewkit.workbench.model.LoopEditor.RoundView;
import dev.interviewkit.workbench.model.PagePreview;
import dev.interviewkit.workbench.model.ProblemWatcher;
import dev.interviewkit.workbench.model.Workbench;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.Desktop;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import javax.print.DocFlavor;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import javax.print.ServiceUI;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.swing.BorderFactory;
import javax.swing.DefaultListModel;
import javax.swing.ImageIcon;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.JToolBar;
import javax.swing.JTree;
import javax.swing.ListSelectionModel;
import javax.swing.SwingUtilities;
import javax.swing.SwingWorker;
import javax.swing.Timer;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.filechooser.FileNameExtensionFilter;
import javax.swing.table.AbstractTableModel;
import javax.swing.table.DefaultTableModel;
import javax.swing.tree.DefaultMutableTreeNode;
import javax.swing.tree.DefaultTreeModel;
import javax.swing.tree.TreePath;

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

  private final DefaultTreeModel navigatorModel =
      new DefaultTreeModel(new DefaultMutableTreeNode("interview-kit"));
  private final JTree navigator = named(new JTree(navigatorModel), "navigator");
  private final JComboBox<String> roleBox = named(new JComboBox<>(), "role");
  private final JTextField candidateField = named(new JTextField(22), "candidate");
  private final JTextField dateField = named(new JTextField(10), "date");
  private final JComboBox<Paper> paperBox = named(new JComboBox<>(Paper.values()), "paper");
  private final JPanel formatsPanel = named(new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 0)),
      "formats");
  private final JTextField seedField = named(new JTextField(8), "seed");
  private final JTextField outField = named(new JTextField(28), "out");
  private final RoundsModel roundsModel = new RoundsModel();
  private final JTable roundsTable = named(new JTable(roundsModel), "rounds");
  private final DefaultListModel<Question> questionsModel = new DefaultListModel<>();
  private final JList<Question> questionsList = named(new JList<>(questionsModel), "questions");
  private final JLabel budgetLabel = named(new JLabel(" "), "budget");
  private final JLabel errorLabel = named(new JLabel(" "), "error");
  private final JButton redrawButton = named(new JButton("Redraw round"), "redraw");
  private final JButton swapButton = named(new JButton("Swap question…"), "swap");

  private final JComboBox<String> documentBox = named(new JComboBox<>(), "preview.document");
  private final JLabel pageLabel = named(new JLabel("No preview"), "preview.page");
  private final JLabel pageImage = named(new JLabel(), "preview.image");
  private final JButton previousPage = named(new JButton("◀"), "preview.previous");
  private final JButton nextPage = named(new JButton("▶"), "preview.next");
  private PagePreview preview;
  private int page;

  private final DefaultTableModel problemsModel =
      new DefaultTableModel(new Object[] {"Location", "Problem"}, 0) {
        @Override
        public boolean isCellEditable(int row, int column) {
          return false;
        }
      };
  private final JTable problemsTable = named(new JTable(problemsModel), "problems");
  private final DefaultTableModel pluginsModel = new DefaultTableModel(new Object[] {"Id",
      "Version", "Provider", "State", "Extends", "Problem", "Path"}, 0) {
        @Override
        public boolean isCellEditable(int row, int column) {
          return false;
        }
      };
  private final JTable pluginsTable = named(new JTable(pluginsModel), "plugins");

  private final JButton generateButton = named(new JButton("Generate"), "generate");
  private final JButton openFolderButton = named(new JButton("Open folder"), "openFolder");
  private final JButton printButton = named(new JButton("Print scorecards…"), "print");
  private final JButton openButton = named(new JButton("Open loop…"), "openLoop");
  private final JButton saveButton = named(new JButton("Save loop…"), "saveLoop");
  private final JProgressBar progress = named(new JProgressBar(0, 3), "progress");
  private final JLabel status = named(new JLabel("Ready"), "status");

  private final Timer replanTimer;
  private final Timer previewTimer;
  private ProblemWatcher watcher;
  private boolean updating;
  private Path lastFolder;
  private List<Path> lastWritten = List.of();

  private WorkbenchWindow(Workbench workbench) {
    this.workbench = workbench;
    this.editor = workbench.newLoop();
    replanTimer = new Timer(300, e -> commitForm());
    replanTimer.setRepeats(false);
    previewTimer = new Timer(200, e -> refreshPreview());
    previewTimer.setRepeats(false);
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
    return lastWritten;
  }

  /** Waits until the window is closed. */
  public void awaitClose() throws InterruptedException {
    closed.await();
  }

  // ---- layout ----

  private void build() {
    frame.setDefaultCloseOperation(JFrame.DISPOSE_ON_CLOSE);
    frame.addWindowListener(new WindowAdapter() {
      @Override
      public void windowClosed(WindowEvent e) {
        if (watcher != null) {
          watcher.close();
        }
        if (preview != null) {
          preview.close();
        }
        closed.countDown();
      }
    });

    JToolBar tools = new JToolBar();
    tools.setFloatable(false);
    tools.add(generateButton);
    tools.add(openFolderButton);
    tools.addSeparator();
    tools.add(printButton);
    tools.addSeparator();
    tools.add(openButton);
    tools.add(saveButton);
    openFolderButton.setEnabled(false);

    JSplitPane middle = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, view("Loop editor",
        editorPanel()), view("Preview", previewPanel()));
    middle.setResizeWeight(0.55);
    JTabbedPane bottom = new JTabbedPane();
    bottom.setName("bottomViews");
    bottom.addTab("Problems", new JScrollPane(problemsTable));
    bottom.addTab("Plugins", pluginsPanel());
    bottom.setPreferredSize(new Dimension(100, 170));
    JSplitPane center = new JSplitPane(JSplitPane.VERTICAL_SPLIT, middle, bottom);
    center.setResizeWeight(0.8);
    JScrollPane nav = new JScrollPane(navigator);
    nav.setPreferredSize(new Dimension(360, 100));
    JSplitPane all = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, view("Navigator", nav), center);

    JPanel statusBar = new JPanel(new BorderLayout(8, 0));
    statusBar.setBorder(BorderFactory.createEmptyBorder(3, 8, 3, 8));
    statusBar.add(status, BorderLayout.CENTER);
    progress.setPreferredSize(new Dimension(200, 14));
    statusBar.add(progress, BorderLayout.EAST);

    frame.getContentPane().setLayout(new BorderLayout());
    frame.getContentPane().add(tools, BorderLayout.NORTH);
    frame.getContentPane().add(all, BorderLayout.CENTER);
    frame.getContentPane().add(statusBar, BorderLayout.SOUTH);

    wire();
    refreshNavigator();
    refreshProblems(workbench.problems());
    refreshPlugins();
    loadForm();
    refreshLoop();
    watcher = workbench.watchProblems(problems -> SwingUtilities.invokeLater(() -> {
      refreshProblems(problems);
      refreshNavigator();
      editor.setCandidate(editor.candidate()); // plan again with the edited banks
      status.setText("Banks changed on disk: " + problems.size() + " problem"
          + (problems.size() == 1 ? "" : "s"));
    }));

    paperBox.setRenderer(new javax.swing.DefaultListCellRenderer() {
      @Override
      public Component getListCellRendererComponent(javax.swing.JList<?> list, Object value,
          int index, boolean selected, boolean focus) {
        return super.getListCellRendererComponent(list, value == Paper.A4 ? "A4" : "Letter",
            index, selected, focus);
      }
    });
    frame.setSize(1560, 960);
    frame.setLocationRelativeTo(null);
    frame.setVisible(true);
  }

  private static JComponent view(String title, JComponent content) {
    JPanel panel = new JPanel(new BorderLayout());
    JLabel header = new JLabel(" " + title);
    header.setFont(header.getFont().deriveFont(java.awt.Font.BOLD));
    header.setBorder(BorderFactory.createMatteBorder(0, 0, 1, 0, new Color(0xD0D0D0)));
    panel.add(header, BorderLayout.NORTH);
    panel.add(content, BorderLayout.CENTER);
    return panel;
  }

  private JComponent editorPanel() {
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
    for (String format : editor.availableFormats()) {
      JCheckBox box = named(new JCheckBox(format, editor.formats().contains(format)),
          "format." + format);
      box.addActionListener(e -> commitFormats());
      formatsPanel.add(box);
    }

    roundsTable.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
    roundsTable.setRowHeight(24);
    roundsTable.getColumnModel().getColumn(0).setMaxWidth(30);
    JScrollPane rounds = new JScrollPane(roundsTable);
    rounds.setPreferredSize(new Dimension(100, 150));

    questionsList.setCellRenderer((list, q, index, selected, focus) -> {
      JLabel l = new JLabel("<html><b>" + q.id() + "</b> · " + q.competency() + " · "
          + q.kind().toString().toLowerCase(java.util.Locale.ROOT) + " · " + q.minutes()
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
    errorLabel.setForeground(new Color(0xB00020));
    questions.add(errorLabel, BorderLayout.SOUTH);

    JSplitPane roundsAndQuestions = new JSplitPane(JSplitPane.VERTICAL_SPLIT, rounds, questions);
    roundsAndQuestions.setResizeWeight(0.4);
    JPanel panel = new JPanel(new BorderLayout());
    panel.add(form, BorderLayout.NORTH);
    panel.add(roundsAndQuestions, BorderLayout.CENTER);
    return panel;
  }

  private static int field(JPanel form, int row, String label, JComponent field) {
    GridBagConstraints c = new GridBagConstraints();
    c.gridy = row;
    c.gridx = 0;
    c.anchor = GridBagConstraints.LINE_START;
    c.insets = new Insets(2, 2, 2, 8);
    form.add(new JLabel(label), c);
    c.gridx = 1;
    c.weightx = 1;
    c.fill = GridBagConstraints.HORIZONTAL;
    form.add(field, c);
    return row + 1;
  }

  private JComponent previewPanel() {
    JPanel top = new JPanel(new FlowLayout(FlowLayout.LEFT));
    top.add(documentBox);
    top.add(previousPage);
    top.add(pageLabel);
    top.add(nextPage);
    pageImage.setHorizontalAlignment(JLabel.CENTER);
    JScrollPane scroll = new JScrollPane(pageImage);
    scroll.getVerticalScrollBar().setUnitIncrement(24);
    JPanel panel = new JPanel(new BorderLayout());
    panel.add(top, BorderLayout.NORTH);
    panel.add(scroll, BorderLayout.CENTER);
    return panel;
  }

  private JComponent pluginsPanel() {
    JButton enable = named(new JButton("Enable"), "plugin.enable");
    JButton disable = named(new JButton("Disable"), "plugin.disable");
    enable.addActionListener(e -> setPluginEnabled(true));
    disable.addActionListener(e -> setPluginEnabled(false));
    JPanel buttons = new JPanel(new FlowLayout(FlowLayout.LEFT));
    buttons.add(enable);
    buttons.add(disable);
    JPanel panel = new JPanel(new BorderLayout());
    panel.add(buttons, BorderLayout.NORTH);
    panel.add(new JScrollPane(pluginsTable), BorderLayout.CENTER);
    return panel;
  }

  // ---- wiring: widgets to the view model ----

  private void wire() {
    editor.onChange(() -> SwingUtilities.invokeLater(this::refreshLoop));
    navigator.addTreeSelectionListener(e -> {
      Object node = e.getPath().getLastPathComponent();
      if (node instanceof DefaultMutableTreeNode n
          && n.getUserObject() instanceof Workbench.RoleItem role
          && role.state().equals("ready")) {
        roleBox.setSelectedItem(role.id());
      }
    });
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
      f.getDocument().addDocumentListener(new DocumentListener() {
        @Override
        public void insertUpdate(DocumentEvent e) {
          changedText();
        }

        @Override
        public void removeUpdate(DocumentEvent e) {
          changedText();
        }

        @Override
        public void changedUpdate(DocumentEvent e) {
          changedText();
        }
      });
    }
    roundsTable.getSelectionModel().addListSelectionListener(e -> {
      if (!e.getValueIsAdjusting()) {
        showRound();
      }
    });
    redrawButton.addActionListener(e -> selectedRound().ifPresent(r -> {
      editor.redraw(r.id());
      status.setText("Redrew round " + r.title());
    }));
    swapButton.addActionListener(e -> swap());
    documentBox.addActionListener(e -> {
      if (!updating) {
        page = 0;
        previewTimer.restart();
      }
    });
    previousPage.addActionListener(e -> showPage(page - 1));
    nextPage.addActionListener(e -> showPage(page + 1));
    generateButton.addActionListener(e -> generate());
    openFolderButton.addActionListener(e -> openFolder());
    printButton.addActionListener(e -> print());
    saveButton.addActionListener(e -> save());
    openButton.addActionListener(e -> open());
  }

  private void changedText() {
    if (!updating) {
      replanTimer.restart();
    }
  }

  /** Hands the text fields to the editor. */
  private void commitForm() {
    replanTimer.stop();
    if (updating) {
      return;
    }
    List<String> faults = new ArrayList<>();
    LocalDate date = editor.date();
    try {
      date = LocalDate.parse(dateField.getText().strip());
    } catch (DateTimeParseException e) {
      faults.add("Date must be YYYY-MM-DD");
    }
    Long seed = null;
    if (!seedField.getText().isBlank()) {
      try {
        seed = Long.parseLong(seedField.getText().strip());
      } catch (NumberFormatException e) {
        faults.add("Seed must be a whole number");
      }
    }
    if (!outField.getText().isBlank()) {
      editor.setOut(Path.of(outField.getText().strip()));
    }
    if (!date.equals(editor.date())) {
      editor.setDate(date);
    }
    if (!java.util.Objects.equals(seed, editor.seed()) && faults.isEmpty()) {
      editor.setSeed(seed);
    }
    if (!candidateField.getText().strip().equals(editor.candidate())) {
      editor.setCandidate(candidateField.getText());
    }
    if (!faults.isEmpty()) {
      errorLabel.setText(String.join("; ", faults));
    }
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
  private void loadForm() {
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

  /** Shows the editor's loop: rounds, questions, error, documents. */
  private void refreshLoop() {
    updating = true;
    try {
      if (!java.util.Objects.equals(roleBox.getSelectedItem(), editor.role())) {
        roleBox.setSelectedItem(editor.role());
      }
      int selected = Math.max(0, roundsTable.getSelectedRow());
      roundsModel.rounds = editor.rounds();
      roundsModel.fireTableDataChanged();
      if (!roundsModel.rounds.isEmpty()) {
        int row = Math.min(selected, roundsModel.rounds.size() - 1);
        roundsTable.setRowSelectionInterval(row, row);
      }
      errorLabel.setText(editor.error().isEmpty() ? " " : "<html>" + escape(editor.error())
          .replace("\n", "<br>") + "</html>");
      boolean planned = editor.loop().isPresent();
      generateButton.setEnabled(planned && !editor.formats().isEmpty());
      printButton.setEnabled(planned);
      saveButton.setEnabled(planned);
      redrawButton.setEnabled(planned);
      swapButton.setEnabled(planned);
      Object document = documentBox.getSelectedItem();
      documentBox.removeAllItems();
      if (planned) {
        editor.documents().forEach(documentBox::addItem);
        documentBox.setSelectedItem(document != null ? document : "00-overview");
        if (documentBox.getSelectedIndex() < 0 && documentBox.getItemCount() > 0) {
          documentBox.setSelectedIndex(0);
        }
      }
    } finally {
      updating = false;
    }
    showRound();
    previewTimer.restart();
  }

  private java.util.Optional<RoundView> selectedRound() {
    int row = roundsTable.getSelectedRow();
    return row < 0 || row >= roundsModel.rounds.size() ? java.util.Optional.empty()
        : java.util.Optional.of(roundsModel.rounds.get(row));
  }

  private void showRound() {
    questionsModel.clear();
    java.util.Optional<RoundView> round = selectedRound();
    round.ifPresent(r -> r.questions().forEach(questionsModel::addElement));
    budgetLabel.setText(round.map(r -> "Questions: " + r.budget()).orElse(" "));
    budgetLabel.setForeground(round.map(RoundView::overBudget).orElse(false)
        ? new Color(0xB00020) : new Color(0x1B5E20));
  }

  private void swap() {
    java.util.Optional<RoundView> round = selectedRound();
    Question current = questionsList.getSelectedValue();
    if (round.isEmpty() || current == null) {
      status.setText("Select a question of a round to swap");
      return;
    }
    List<Question> alternatives = editor.alternatives(round.get().id(), current.id());
    if (alternatives.isEmpty()) {
      status.setText("No other question can replace " + current.id());
      return;
    }
    JComboBox<String> choice = new JComboBox<>(alternatives.stream().map(q -> q.id() + " · "
        + q.minutes() + " min · " + abbreviate(q.prompt(), 70)).toArray(String[]::new));
    if (JOptionPane.showConfirmDialog(frame, choice, "Swap " + current.id() + " for",
        JOptionPane.OK_CANCEL_OPTION) == JOptionPane.OK_OPTION) {
      editor.swap(round.get().id(), current.id(), alternatives.get(choice.getSelectedIndex()).id());
      status.setText("Swapped " + current.id());
    }
  }

  // ---- preview ----

  private void refreshPreview() {
    String stem = (String) documentBox.getSelectedItem();
    if (stem == null || editor.loop().isEmpty()) {
      pageImage.setIcon(null);
      pageLabel.setText("No preview");
      return;
    }
    int wanted = page;
    new SwingWorker<PagePreview, Void>() {
      @Override
      protected PagePreview doInBackground() {
        return PagePreview.of(editor.pdf(stem));
      }

      @Override
      protected void done() {
        try {
          PagePreview fresh = get();
          if (preview != null) {
            preview.close();
          }
          preview = fresh;
          showPage(Math.min(wanted, fresh.pages() - 1));
        } catch (Exception e) {
          pageLabel.setText("Preview failed: " + rootMessage(e));
        }
      }
    }.execute();
  }

  private void showPage(int index) {
    if (preview == null || index < 0 || index >= preview.pages()) {
      return;
    }
    page = index;
    BufferedImage image = preview.page(index, 72);
    pageImage.setIcon(new ImageIcon(image));
    pageLabel.setText("Page " + (index + 1) + " of " + preview.pages());
    previousPage.setEnabled(index > 0);
    nextPage.setEnabled(index < preview.pages() - 1);
  }

  // ---- navigator, problems, plugins ----

  private void refreshNavigator() {
    DefaultMutableTreeNode root = new DefaultMutableTreeNode("interview-kit");
    DefaultMutableTreeNode roles = new DefaultMutableTreeNode("Roles");
    workbench.roles().forEach(r -> roles.add(new DefaultMutableTreeNode(r) {
      @Override
      public String toString() {
        return r.label();
      }
    }));
    DefaultMutableTreeNode banks = new DefaultMutableTreeNode("Banks");
    workbench.banks().forEach(b -> banks.add(new DefaultMutableTreeNode(b) {
      @Override
      public String toString() {
        return b.label();
      }
    }));
    root.add(roles);
    root.add(banks);
    navigatorModel.setRoot(root);
    navigator.setRootVisible(false);
    navigator.setShowsRootHandles(true);
    navigator.expandPath(new TreePath(new Object[] {root, roles}));
    navigator.expandPath(new TreePath(new Object[] {root, banks}));
  }

  /** Selects a role in the navigator, as a click does. */
  public void selectRoleInNavigator(String roleId) {
    DefaultMutableTreeNode root = (DefaultMutableTreeNode) navigatorModel.getRoot();
    DefaultMutableTreeNode roles = (DefaultMutableTreeNode) root.getChildAt(0);
    for (int i = 0; i < roles.getChildCount(); i++) {
      DefaultMutableTreeNode n = (DefaultMutableTreeNode) roles.getChildAt(i);
      if (n.getUserObject() instanceof Workbench.RoleItem r && r.id().equals(roleId)) {
        navigator.setSelectionPath(new TreePath(n.getPath()));
        return;
      }
    }
    throw new IllegalArgumentException("no role " + roleId + " in the navigator");
  }

  private void refreshProblems(List<Problem> problems) {
    problemsModel.setRowCount(0);
    for (Problem p : problems) {
      problemsModel.addRow(new Object[] {p.line() > 0 ? p.path() + ":" + p.line() + ":"
          + p.column() : p.path(), p.message()});
    }
  }

  private void refreshPlugins() {
    pluginsModel.setRowCount(0);
    for (PluginHost.PluginInfo p : workbench.plugins()) {
      pluginsModel.addRow(new Object[] {p.id(), p.version(), p.provider(), p.state(),
          String.join(", ", p.extensionPoints()), p.problem(), p.path().toString()});
    }
  }

  private void setPluginEnabled(boolean enabled) {
    int row = pluginsTable.getSelectedRow();
    if (row < 0) {
      status.setText("Select a plugin in the Plugins view");
      return;
    }
    status.setText(workbench.setEnabled((String) pluginsModel.getValueAt(row, 0), enabled));
  }

  // ---- actions ----

  private void generate() {
    commitForm();
    if (editor.loop().isEmpty()) {
      status.setText(editor.error());
      return;
    }
    boolean replace = false;
    try {
      List<Path> existing = editor.existing();
      if (!existing.isEmpty()) {
        replace = JOptionPane.showConfirmDialog(frame, existing.size() + " files of this loop "
            + "exist in " + existing.get(0).getParent() + ". Replace them?", "Generate",
            JOptionPane.YES_NO_OPTION) == JOptionPane.YES_OPTION;
        if (!replace) {
          return;
        }
      }
    } catch (RuntimeException e) {
      fail("Generate", e);
      return;
    }
    boolean force = replace;
    generateButton.setEnabled(false);
    openFolderButton.setEnabled(false);
    progress.setValue(0);
    new SwingWorker<List<Path>, String>() {
      @Override
      protected List<Path> doInBackground() {
        return editor.generate(force, (message, done, total) -> {
          setProgress(done * 100 / total);
          publish(message);
        });
      }

      @Override
      protected void process(List<String> messages) {
        status.setText(messages.get(messages.size() - 1));
        progress.setValue(progress.getValue() + messages.size());
      }

      @Override
      protected void done() {
        generateButton.setEnabled(true);
        try {
          lastWritten = get();
          lastFolder = lastWritten.get(0).getParent();
          progress.setValue(progress.getMaximum());
          status.setText("Wrote " + lastWritten.size() + " files to " + lastFolder);
          openFolderButton.setEnabled(true);
        } catch (Exception e) {
          progress.setValue(0);
          fail("Generate", e);
        }
      }
    }.execute();
  }

  private void openFolder() {
    if (lastFolder == null) {
      return;
    }
    try {
      if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
        Desktop.getDesktop().open(lastFolder.toFile());
        return;
      }
    } catch (Exception e) {
      // fall through to showing the path
    }
    JOptionPane.showMessageDialog(frame, "The loop is in\n" + lastFolder, "Open folder",
        JOptionPane.INFORMATION_MESSAGE);
  }

  private void print() {
    PrintService[] services = PrintServiceLookup.lookupPrintServices(DocFlavor.INPUT_STREAM.PDF,
        null);
    if (services.length == 0) {
      JOptionPane.showMessageDialog(frame, "No printer is installed.", "Print scorecards",
          JOptionPane.ERROR_MESSAGE);
      return;
    }
    PrintService fallback = PrintServiceLookup.lookupDefaultPrintService();
    HashPrintRequestAttributeSet attributes = new HashPrintRequestAttributeSet();
    attributes.add(dev.interviewkit.print.Printing.media(editor.paper()));
    PrintService chosen = ServiceUI.printDialog(frame.getGraphicsConfiguration(),
        frame.getX() + 120, frame.getY() + 120, services,
        fallback != null ? fallback : services[0], DocFlavor.INPUT_STREAM.PDF, attributes);
    if (chosen == null) {
      return;
    }
    printScorecards(chosen);
  }

  /** Prints the loop's scorecards on {@code printer}, in the background. */
  public void printScorecards(PrintService printer) {
    printButton.setEnabled(false);
    new SwingWorker<List<Path>, String>() {
      @Override
      protected List<Path> doInBackground() {
        return editor.printScorecards(printer, this::publish);
      }

      @Override
      protected void process(List<String> messages) {
        status.setText(messages.get(messages.size() - 1));
      }

      @Override
      protected void done() {
        printButton.setEnabled(true);
        try {
          status.setText("Sent " + get().size() + " scorecards to " + printer.getName());
        } catch (Exception e) {
          fail("Print scorecards", e);
        }
      }
    }.execute();
  }

  private void save() {
    JFileChooser chooser = loopChooser();
    chooser.setSelectedFile(editor.out().resolve(editor.loopFolder().getFileName() + ".yaml")
        .toFile());
    if (chooser.showSaveDialog(frame) == JFileChooser.APPROVE_OPTION) {
      saveTo(chooser.getSelectedFile().toPath());
    }
  }

  /** Saves the loop as a panel file. */
  public void saveTo(Path file) {
    try {
      editor.save(file);
      status.setText("Saved " + file + "; ./kit packet --role " + editor.role() + " --panel "
          + file + " writes the same files");
    } catch (Exception e) {
      fail("Save loop", e);
    }
  }

  private void open() {
    JFileChooser chooser = loopChooser();
    if (chooser.showOpenDialog(frame) == JFileChooser.APPROVE_OPTION) {
      try {
        editor.open(chooser.getSelectedFile().toPath());
        loadForm();
        status.setText("Opened " + chooser.getSelectedFile());
      } catch (Exception e) {
        fail("Open loop", e);
      }
    }
  }

  private JFileChooser loopChooser() {
    JFileChooser chooser = new JFileChooser(editor.out().toFile());
    chooser.setFileFilter(new FileNameExtensionFilter("Loop (panel YAML)", "yaml", "yml"));
    return chooser;
  }

  private void fail(String action, Throwable e) {
    String message = rootMessage(e);
    status.setText(action + " failed: " + message.lines().findFirst().orElse(""));
    JOptionPane.showMessageDialog(frame, message, action, JOptionPane.ERROR_MESSAGE);
  }

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

  private static String abbreviate(String text, int max) {
    String flat = text.replaceAll("\\s+", " ").strip();
    return flat.length() <= max ? flat : flat.substring(0, max - 1) + "…";
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static <T extends JComponent> T named(T component, String name) {
    component.setName(name);
    return component;
  }

  /** The rounds table: number, round, persona, time, interviewer, title, budget. */
  private final class RoundsModel extends AbstractTableModel {
    private static final long serialVersionUID = 1L;
    private final String[] columns = {"#", "Round", "Time", "Interviewer", "Title",
        "Questions"};
    List<RoundView> rounds = List.of();

    @Override
    public int getRowCount() {
      return rounds.size();
    }

    @Override
    public int getColumnCount() {
      return columns.length;
    }

    @Override
    public String getColumnName(int column) {
      return columns[column];
    }

    @Override
    public boolean isCellEditable(int row, int column) {
      return column >= 2 && column <= 4;
    }

    @Override
    public Object getValueAt(int row, int column) {
      RoundView r = rounds.get(row);
      return switch (column) {
        case 0 -> r.number();
        case 1 -> r.title() + " (" + r.minutes() + " min, " + r.persona() + ")";
        case 2 -> r.interviewer().time();
        case 3 -> r.interviewer().name();
        case 4 -> r.interviewer().title();
        default -> (r.overBudget() ? "⚠ " : "") + r.budget();
      };
    }

    @Override
    public void setValueAt(Object value, int row, int column) {
      RoundView r = rounds.get(row);
      String text = value == null ? "" : value.toString();
      var who = editor.interviewer(r.id()); // the editor's, not this possibly stale row's
      editor.setInterviewer(r.id(), column == 3 ? text : who.name(),
          column == 4 ? text : who.title(), column == 2 ? text : who.time());
    }
  }
}
