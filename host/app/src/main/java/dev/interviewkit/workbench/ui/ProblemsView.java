package dev.interviewkit.workbench.ui;

import static dev.interviewkit.workbench.ui.Widgets.named;

import dev.interviewkit.bank.Problem;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.AbstractAction;
import javax.swing.JComponent;
import javax.swing.KeyStroke;
import javax.swing.JTable;
import javax.swing.table.DefaultTableModel;

/** The Problems view: bank and blueprint problems as {@code kit validate} prints them. */
final class ProblemsView {

  private final DefaultTableModel model =
      new DefaultTableModel(new Object[] {"Location", "Problem"}, 0) {
        private static final long serialVersionUID = 1L;

        @Override
        public boolean isCellEditable(int row, int column) {
          return false;
        }
      };
  final JTable table = named(new JTable(model), "problems");
  private List<Problem> shown = List.of();

  /** @param open called with the problem double-clicked (or chosen with Enter) */
  ProblemsView(Consumer<Problem> open) {
    table.setToolTipText("Double-click a problem (or press Enter) to open its file at the line");
    table.addMouseListener(new MouseAdapter() {
      @Override
      public void mouseClicked(MouseEvent e) {
        int row = table.rowAtPoint(e.getPoint());
        if (e.getClickCount() == 2 && row >= 0 && row < shown.size()) {
          open.accept(shown.get(row));
        }
      }
    });
    table.getInputMap(JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT)
        .put(KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0), "problem.open");
    table.getActionMap().put("problem.open", new AbstractAction() {
      private static final long serialVersionUID = 1L;

      @Override
      public void actionPerformed(java.awt.event.ActionEvent e) {
        int row = table.getSelectedRow();
        if (row >= 0 && row < shown.size()) {
          open.accept(shown.get(row));
        }
      }
    });
  }

  List<Problem> shown() {
    return shown;
  }

  void show(List<Problem> problems) {
    shown = List.copyOf(problems);
    model.setRowCount(0);
    for (Problem p : problems) {
      model.addRow(new Object[] {p.line() > 0 ? p.path() + ":" + p.line() + ":"
          + p.column() : p.path(), p.message()});
    }
  }
}
