package dev.interviewkit.workbench.ui;

import dev.interviewkit.workbench.model.WindowLayout;
import java.awt.GraphicsConfiguration;
import java.awt.Insets;
import java.awt.Rectangle;
import java.awt.Toolkit;

/** Where the window goes: the remembered place if it fits, always inside the usable screen. */
final class Placement {

  static final int WIDTH = 1560;
  static final int HEIGHT = 960;

  private Placement() {}

  /** The screen's bounds less its task bars and panels. */
  static Rectangle usable(GraphicsConfiguration gc) {
    Rectangle b = gc.getBounds();
    Insets in = Toolkit.getDefaultToolkit().getScreenInsets(gc);
    return new Rectangle(b.x + in.left, b.y + in.top, b.width - in.left - in.right,
        b.height - in.top - in.bottom);
  }

  static Rectangle of(WindowLayout layout, Rectangle screen) {
    int w = Math.min(layout.remembered() ? layout.width() : WIDTH, screen.width);
    int h = Math.min(layout.remembered() ? layout.height() : HEIGHT, screen.height);
    Rectangle r = new Rectangle(layout.x(), layout.y(), w, h);
    if (!layout.remembered() || !screen.contains(r)) {
      r.setLocation(screen.x + (screen.width - w) / 2, screen.y + (screen.height - h) / 2);
    }
    return r;
  }
}
