package dev.interviewkit.workbench.model;

import javax.swing.undo.AbstractUndoableEdit;
import javax.swing.undo.CannotRedoException;
import javax.swing.undo.CannotUndoException;

/** One change to the loop (a field, an interviewer, a redraw, a swap) that can be undone. */
final class LoopEdit extends AbstractUndoableEdit {
  private static final long serialVersionUID = 1L;

  private final transient LoopEditor editor;
  private final String name;
  private final transient LoopState before;
  private final transient LoopState after;

  LoopEdit(LoopEditor editor, String name, LoopState before, LoopState after) {
    this.editor = editor;
    this.name = name;
    this.before = before;
    this.after = after;
  }

  @Override
  public void undo() throws CannotUndoException {
    super.undo();
    editor.restore(before);
  }

  @Override
  public void redo() throws CannotRedoException {
    super.redo();
    editor.restore(after);
  }

  @Override
  public String getPresentationName() {
    return name;
  }
}
