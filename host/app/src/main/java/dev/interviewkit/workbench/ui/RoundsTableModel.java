package dev.interviewkit.workbench.ui;

import dev.interviewkit.workbench.model.LoopEditor;
import dev.interviewkit.workbench.model.LoopEditor.RoundView;
import java.util.List;
import javax.swing.table.AbstractTableModel;

/** The rounds table: number, round, time, interviewer, title, question time against budget. */
final class RoundsTableModel extends AbstractTableModel {
  private static final long serialVersionUID = 1L;
  private static final String[] COLUMNS = {"#", "Round", "Time", "Interviewer", "Title",
      "Questions"};

  private final transient LoopEditor editor;
  transient List<RoundView> rounds = List.of();

  RoundsTableModel(LoopEditor editor) {
    this.editor = editor;
  }

  @Override
  public int getRowCount() {
    return rounds.size();
  }

  @Override
  public int getColumnCount() {
    return COLUMNS.length;
  }

  @Override
  public String getColumnName(int column) {
    return COLUMNS[column];
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
