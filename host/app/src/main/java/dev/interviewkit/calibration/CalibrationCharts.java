package dev.interviewkit.calibration;

import dev.interviewkit.api.doc.Figure;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The report's two charts, drawn with JFreeChart in black and grey (they survive a photocopier)
 * in the documents' own font, DejaVu Sans, as greyscale PNGs at print resolution.
 */
final class CalibrationCharts {

  /** Printed width in points: the text width of A4 and Letter with the documents' margins. */
  static final float WIDTH = 480f;
  /** Pixels per point: 300 dpi. */
  private static final double SCALE = 300.0 / 72;
  /** The most interviewers one chart shows; the tables list every one. */
  static final int MAX_INTERVIEWERS = 30;
  private static final float ROW = 14f;
  private static final Color GRID = new Color(0xD9D9D9);

  private CalibrationCharts() {}

  /** A dot per interviewer at their overall offset, with its 95 % interval as a bar. */
  static Figure offsets(List<Calibration.Interviewer> shown) {
    YIntervalSeries series = new YIntervalSeries("offset", false, true);
    String[] names = new String[shown.size()];
    for (int i = 0; i < shown.size(); i++) {
      Stats.Mean m = shown.get(i).overall();
      names[i] = shown.get(i).name() + " (" + m.n() + ")";
      double low = Double.isNaN(m.low()) ? m.mean() : m.low();
      double high = Double.isNaN(m.high()) ? m.mean() : m.high();
      series.add(i, m.mean(), low, high);
    }
    NumberAxis value = axis("Mean offset from the rest of the panel (score points)");
    double reach = 1;
    for (Calibration.Interviewer i : shown) {
      reach = Math.max(reach, Math.max(Math.abs(finite(i.overall().low())),
          Math.abs(finite(i.overall().high()))));
    }
    reach = Math.ceil(reach * 4 + 0.5) / 4;
    value.setRange(-reach, reach);
    XYPlot plot = plot(series, names, value);
    plot.addRangeMarker(marker(0, false));
    return figure(plot, 44f + ROW * Math.max(1, shown.size()),
        "Chart of each interviewer's mean offset from their panels with its 95 % interval: "
            + String.join("; ", shown.stream().map(i -> i.name() + " "
                + CalibrationText.signed(i.overall().mean())).toList()));
  }

  /** A dot per competency at its alpha, with its bootstrap interval, and the usual cut-offs. */
  static Figure agreement(List<Calibration.Agreement> rows, java.util.Map<String, String> titles) {
    YIntervalSeries series = new YIntervalSeries("alpha", false, true);
    String[] names = new String[rows.size()];
    double lowest = 0;
    for (int i = 0; i < rows.size(); i++) {
      Krippendorff.Estimate e = rows.get(i).estimate();
      names[i] = CalibrationText.competency(rows.get(i).competency(), titles);
      double alpha = finite(e.alpha());
      series.add(i, alpha, Double.isNaN(e.low()) ? alpha : e.low(),
          Double.isNaN(e.high()) ? alpha : e.high());
      lowest = Math.min(lowest, Double.isNaN(e.low()) ? alpha : e.low());
    }
    NumberAxis value = axis("Krippendorff's alpha, ordinal (1 = full agreement, 0 = chance)");
    value.setRange(Math.floor(lowest * 10) / 10, 1.0);
    XYPlot plot = plot(series, names, value);
    plot.addRangeMarker(marker(0.667, true));
    plot.addRangeMarker(marker(0.8, true));
    return figure(plot, 44f + ROW * Math.max(1, rows.size()),
        "Chart of agreement per competency, Krippendorff's alpha with its 95 % bootstrap "
            + "interval: " + String.join("; ", rows.stream().map(r -> CalibrationText.competency(
                r.competency(), titles) + " " + CalibrationText.fixed(r.estimate().alpha()))
                .toList()));
  }

  private static double finite(double v) {
    return Double.isNaN(v) ? 0 : v;
  }

  private static NumberAxis axis(String label) {
    NumberAxis axis = new NumberAxis(label);
    axis.setLabelFont(Faces.REGULAR.deriveFont(8.5f));
    axis.setTickLabelFont(Faces.REGULAR.deriveFont(8f));
    axis.setTickLabelPaint(Color.BLACK);
    axis.setLabelPaint(Color.BLACK);
    axis.setAxisLinePaint(Color.BLACK);
    return axis;
  }

  private static XYPlot plot(YIntervalSeries series, String[] names, NumberAxis value) {
    YIntervalSeriesCollection data = new YIntervalSeriesCollection();
    data.addSeries(series);
    SymbolAxis labels = new SymbolAxis(null, names);
    labels.setInverted(true);
    labels.setGridBandsVisible(false);
    labels.setTickLabelFont(Faces.covering(List.of(names)).deriveFont(8f));
    labels.setTickLabelPaint(Color.BLACK);
    labels.setAxisLinePaint(Color.BLACK);
    labels.setLowerMargin(0);
    labels.setUpperMargin(0);
    labels.setRange(-0.7, names.length - 0.3);
    XYErrorRenderer renderer = new XYErrorRenderer();
    renderer.setDrawXError(false);
    renderer.setDrawYError(true);
    renderer.setDefaultLinesVisible(false);
    renderer.setDefaultShapesVisible(true);
    renderer.setSeriesShape(0, new Ellipse2D.Double(-3, -3, 6, 6));
    renderer.setSeriesPaint(0, Color.BLACK);
    renderer.setErrorPaint(Color.GRAY);
    renderer.setErrorStroke(new BasicStroke(1.5f));
    renderer.setCapLength(5);
    XYPlot plot = new XYPlot(data, labels, value, renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlinePaint(Color.GRAY);
    plot.setDomainGridlinesVisible(false);
    plot.setRangeGridlinePaint(GRID);
    plot.setRangeGridlineStroke(new BasicStroke(0.5f));
    return plot;
  }

  private static ValueMarker marker(double at, boolean dashed) {
    ValueMarker marker = new ValueMarker(at, Color.BLACK, dashed
        ? new BasicStroke(0.75f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {3f, 3f}, 0f)
        : new BasicStroke(0.75f));
    return marker;
  }

  /** Draws {@code plot} at {@code height} points tall and the chart width, as a PNG figure. */
  private static Figure figure(XYPlot plot, float height, String description) {
    JFreeChart chart = new JFreeChart(null, Faces.REGULAR, plot, false);
    chart.setBackgroundPaint(Color.WHITE);
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
    int w = (int) Math.round(WIDTH * SCALE);
    int h = (int) Math.round(height * SCALE);
    BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = image.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, w, h);
      g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS,
          RenderingHints.VALUE_FRACTIONALMETRICS_ON);
      g.scale(SCALE, SCALE);
      chart.draw(g, new Rectangle2D.Double(0, 0, WIDTH, height));
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream png = new ByteArrayOutputStream(64 * 1024);
    try {
      if (!ImageIO.write(image, "png", png)) {
        throw new IllegalStateException("this JVM has no PNG writer");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Figure(png.toByteArray(), WIDTH, height, description);
  }

  /**
   * DejaVu Sans as an AWT font, from the same jar the PDF renderer embeds it from; for labels it
   * cannot draw (a Chinese name), the first of the PDF renderer's fallback fonts that draws them
   * all. AWT draws a created font's missing glyphs as boxes, with no fallback of its own.
   */
  static final class Faces {
    static final Font REGULAR = load("/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf");
    private static final java.util.Map<java.nio.file.Path, java.util.Optional<Font>> FILES =
        new java.util.concurrent.ConcurrentHashMap<>();

    private Faces() {}

    /** DejaVu Sans when it draws every label, else the first fallback font that does. */
    static Font covering(List<String> labels) {
      if (drawsAll(REGULAR, labels)) {
        return REGULAR;
      }
      for (java.nio.file.Path file : dev.interviewkit.render.pdf.PdfFonts.fallbacks()) {
        java.util.Optional<Font> font = FILES.computeIfAbsent(file, Faces::fromFile);
        if (font.isPresent() && drawsAll(font.get(), labels)) {
          return font.get();
        }
      }
      return REGULAR; // the tables beside the chart print every name, or refuse them (exit 8)
    }

    private static boolean drawsAll(Font font, List<String> labels) {
      return labels.stream().allMatch(label -> font.canDisplayUpTo(label) == -1);
    }

    private static java.util.Optional<Font> fromFile(java.nio.file.Path file) {
      try {
        Font[] faces = Font.createFonts(file.toFile()); // a collection's faces; its first here
        return faces.length == 0 ? java.util.Optional.empty()
            : java.util.Optional.of(faces[0].deriveFont(8f));
      } catch (IOException | FontFormatException e) {
        return java.util.Optional.empty(); // the PDF renderer read it; here it is only skipped
      }
    }

    private static Font load(String resource) {
      try (InputStream in = CalibrationCharts.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("font " + resource + " is missing from the class path");
        }
        return Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(8f);
      } catch (IOException | FontFormatException e) {
        throw new IllegalStateException("cannot load font " + resource + ": " + e.getMessage(), e);
      }
    }
  }
}
