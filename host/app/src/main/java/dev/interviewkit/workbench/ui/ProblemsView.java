package dev.interviewkit.workbench.ui;

import static dev.interviewkit.workbench.ui.Widgets.named;

import dev.interviewkit.bank.Problem;
import java.util.List;
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

  void show(List<Problem> problems) {
    model.setRowCount(0);
    for (Problem p : problems) {
      model.addRow(new Object[] {p.line() > 0 ? p.path() + ":" + p.line() + ":"
          + p.column() : p.path(), p.message()});
    }
  }
}
