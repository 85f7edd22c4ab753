package org.coalitions.bench;

import java.util.List;
import java.util.Locale;

/**
 * The SVG plot of latency against load: one polyline per series (p50 and p99 of the end-to-end latency at each
 * offered rate), log-scaled latency axis because p99 and max can be orders of magnitude above p50.
 */
final class LatencyPlot {

	record Point(double load, double millis) {
	}

	record Series(String name, String colour, List<Point> points) {
	}

	private static final int WIDTH = 640;

	private static final int HEIGHT = 400;

	private static final int LEFT = 70;

	private static final int RIGHT = 20;

	private static final int TOP = 40;

	private static final int BOTTOM = 50;

	private LatencyPlot() {
	}

	static String svg(String title, String loadAxis, List<Series> series) {
		double maxLoad = series.stream().flatMap(s -> s.points().stream()).mapToDouble(Point::load).max().orElse(1);
		double maxMs = series.stream().flatMap(s -> s.points().stream()).mapToDouble(Point::millis).max().orElse(10);
		double top = Math.pow(10, Math.ceil(Math.log10(Math.max(10, maxMs))));
		double bottom = 1;
		StringBuilder svg = new StringBuilder();
		svg.append(f("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" font-size=\"12\">\n",
				WIDTH, HEIGHT));
		svg.append(f("<rect width=\"%d\" height=\"%d\" fill=\"white\"/>\n", WIDTH, HEIGHT));
		svg.append(f("<text x=\"%d\" y=\"22\" font-size=\"15\">%s</text>\n", LEFT, escape(title)));
		for (double ms = bottom; ms <= top; ms *= 10) {
			double y = y(ms, bottom, top);
			svg.append(f("<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#ddd\"/>\n", LEFT, WIDTH - RIGHT, y, y));
			svg.append(f("<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s ms</text>\n", LEFT - 6, y + 4,
					ms >= 1000 ? (long) (ms / 1000) + "000" : String.valueOf((long) ms)));
		}
		for (int i = 0; i <= 5; i++) {
			double load = maxLoad * i / 5;
			double x = x(load, maxLoad);
			svg.append(f("<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%.0f</text>\n", x, HEIGHT - BOTTOM + 18, load));
		}
		svg.append(f("<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s</text>\n", (LEFT + WIDTH - RIGHT) / 2,
				HEIGHT - 10, escape(loadAxis)));
		svg.append(f("<line x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\" stroke=\"black\"/>\n", LEFT, WIDTH - RIGHT,
				HEIGHT - BOTTOM, HEIGHT - BOTTOM));
		svg.append(f("<line x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\" stroke=\"black\"/>\n", LEFT, LEFT, TOP, HEIGHT - BOTTOM));
		int legend = 0;
		for (Series s : series) {
			StringBuilder points = new StringBuilder();
			for (Point p : s.points()) {
				double x = x(p.load(), maxLoad);
				double y = y(Math.max(bottom, p.millis()), bottom, top);
				points.append(f("%.1f,%.1f ", x, y));
				svg.append(f("<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" fill=\"%s\"><title>%s: %.0f ms at %.0f</title></circle>\n",
						x, y, s.colour(), escape(s.name()), p.millis(), p.load()));
			}
			svg.append(f("<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\" points=\"%s\"/>\n", s.colour(),
					points.toString().trim()));
			int ly = TOP + 10 + 18 * legend++;
			svg.append(f("<line x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"2\"/>\n", LEFT + 12,
					LEFT + 36, ly, ly, s.colour()));
			svg.append(f("<text x=\"%d\" y=\"%d\">%s</text>\n", LEFT + 42, ly + 4, escape(s.name())));
		}
		return svg.append("</svg>\n").toString();
	}

	private static double x(double load, double maxLoad) {
		return LEFT + (WIDTH - LEFT - RIGHT) * load / maxLoad;
	}

	private static double y(double ms, double bottom, double top) {
		double fraction = (Math.log10(ms) - Math.log10(bottom)) / (Math.log10(top) - Math.log10(bottom));
		return HEIGHT - BOTTOM - (HEIGHT - TOP - BOTTOM) * fraction;
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

	private static String f(String format, Object... args) {
		return String.format(Locale.ROOT, format, args);
	}
}
