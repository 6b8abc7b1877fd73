package org.aimcgen.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.aimcgen.TestSupport;
import org.junit.jupiter.api.Test;

/**
 * datasheet.html in a real browser: 'aimcgen report' on the tiny preset, then headless
 * Chromium loads the page offline. Evidence is Chromium's own: its log (every console
 * message is logged as a CONSOLE line; the page has no script, so there must be none), the
 * DOM it built (--dump-dom: one SVG per plot, each with paths), and its screenshot, set
 * against a screenshot of the same page with every plot emptied (same size, so the layout
 * does not move): the pixels that differ are the ones the plots drew.
 */
class DatasheetPageTest {
    /** Tall enough for the whole tiny page at this width. */
    private static final String WINDOW = "--window-size=1280,6000";
    /** Plots of the tiny datasheet with corners: transfer, linearity, histogram, energy, area, 2 corner plots. */
    private static final int PLOTS = 7;
    private static final Pattern SVG = Pattern.compile("(<svg[^>]*>)(.*?)</svg>", Pattern.DOTALL);

    private static String chromium() {
        for (String name : List.of("chromium", "chromium-browser")) {
            for (String dir : System.getenv("PATH").split(File.pathSeparator)) {
                if (Files.isExecutable(Path.of(dir, name))) {
                    return Path.of(dir, name).toString();
                }
            }
        }
        return fail("chromium is not on the PATH: run scripts/install-tools (it installs the Debian package "
                + "chromium; make test runs it first)");
    }

    /** Chromium headless on a local file; as root it needs --no-sandbox. */
    private static TestSupport.Run browse(Path dir, Path page, String... what) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of(chromium(), "--headless", "--no-sandbox",
                "--disable-gpu", "--no-first-run", "--enable-logging=stderr", "--v=0",
                "--user-data-dir=" + dir.resolve("profile"), WINDOW));
        cmd.addAll(List.of(what));
        cmd.add(page.toUri().toString());
        return TestSupport.run(dir, 120, cmd.toArray(String[]::new));
    }

    /** The console messages Chromium logged. */
    static List<String> consoleLines(String log) {
        return log.lines().filter(l -> l.contains(":CONSOLE")).toList();
    }

    private static BufferedImage screenshot(Path dir, Path page, String name) throws Exception {
        Path png = dir.resolve(name);
        TestSupport.Run r = browse(dir, page, "--screenshot=" + png);
        assertEquals(0, r.exit(), r.output());
        assertEquals(List.of(), consoleLines(r.output()), "console messages while loading " + page);
        return ImageIO.read(png.toFile());
    }

    @Test
    void theDatasheetRendersInChromiumWithItsPlots() throws Exception {
        Path dir = TestSupport.workDir("datasheet-page");
        TestSupport.CliResult report = TestSupport.cli("report", TestSupport.repoRoot().resolve("configs/tiny.yaml")
                .toString(), "--out", dir.toString(), "--seeds", "2", "--vmms", "2", "-q");
        assertEquals(0, report.exit(), report.err());
        Path page = dir.resolve("tiny/datasheet.html");
        String html = Files.readString(page);
        // Self-contained: nothing to fetch, nothing to run.
        assertFalse(html.contains("<script"), "a script");
        assertFalse(Pattern.compile("\\b(src|href)\\s*=").matcher(html).find(), "a reference to another file");
        assertEquals(List.of(), Pattern.compile("https?://[^\"' )]+").matcher(html).results().map(m -> m.group())
                .filter(u -> !u.equals("http://www.w3.org/2000/svg") && !u.equals("http://www.w3.org/1999/xlink"))
                .distinct().toList(), "URLs other than the SVG namespaces");

        // The DOM Chromium built: one SVG per plot, each drawn with paths.
        TestSupport.Run dom = browse(dir, page, "--dump-dom");
        assertEquals(0, dom.exit(), dom.output());
        assertEquals(List.of(), consoleLines(dom.output()));
        Matcher m = SVG.matcher(dom.output());
        int svgs = 0;
        while (m.find()) {
            svgs++;
            assertTrue(m.group(2).contains("<path"), "an SVG without paths: " + m.group(1));
        }
        assertEquals(PLOTS, svgs, "plots in the DOM");

        // The screenshot against the same page with every plot emptied.
        BufferedImage full = screenshot(dir, page, "datasheet.png");
        Path blank = dir.resolve("tiny/blank-plots.html");
        Files.writeString(blank, SVG.matcher(html).replaceAll(r -> Matcher.quoteReplacement(r.group(1) + "</svg>")));
        BufferedImage empty = screenshot(dir, blank, "blank-plots.png");
        assertEquals(full.getWidth(), empty.getWidth());
        assertEquals(full.getHeight(), empty.getHeight());
        long drawn = 0;
        long ink = 0;
        for (int y = 0; y < full.getHeight(); y++) {
            for (int x = 0; x < full.getWidth(); x++) {
                int p = full.getRGB(x, y) & 0xffffff;
                drawn += p != (empty.getRGB(x, y) & 0xffffff) ? 1 : 0;
                ink += p != 0xffffff ? 1 : 0;
            }
        }
        // A 560 x 380 plot with axes, tick labels, a legend and its data changes thousands of
        // pixels; a page whose SVG did not render changes none.
        assertTrue(drawn > PLOTS * 5_000L, "pixels the plots drew: " + drawn);
        assertTrue(ink > drawn, "the tables and text are on the page too: " + ink);
    }

    @Test
    void everyPresetGetsItsFilesAndAPageThatRenders() throws Exception {
        Path dir = TestSupport.workDir("datasheet-presets");
        List<Path> presets;
        try (java.util.stream.Stream<Path> s = Files.list(TestSupport.repoRoot().resolve("configs"))) {
            presets = s.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
        assertTrue(presets.size() >= 4, "presets: " + presets);
        for (Path preset : presets) {
            // The report's own defaults: 4 seeds x 4 VMMs and the corner grid.
            TestSupport.CliResult report = TestSupport.cli("report", preset.toString(), "--out", dir.toString(),
                    "-q");
            assertEquals(0, report.exit(), preset + ": " + report.err());
            List<Path> written = report.out().lines().map(Path::of).toList();
            assertEquals(List.of("datasheet.json", "datasheet.html", "accelergy.yaml"),
                    written.stream().map(f -> f.getFileName().toString()).toList(), preset.toString());
            for (Path f : written) {
                assertTrue(Files.size(f) > 0, f + " is empty");
            }
            TestSupport.Run dom = browse(dir, written.get(1), "--dump-dom");
            assertEquals(0, dom.exit(), dom.output());
            assertEquals(List.of(), consoleLines(dom.output()), preset.toString());
            Matcher m = SVG.matcher(dom.output());
            int svgs = 0;
            while (m.find()) {
                svgs++;
                assertTrue(m.group(2).contains("<path"), preset + ": an SVG without paths: " + m.group(1));
            }
            assertEquals(PLOTS, svgs, preset + ": plots in the DOM");
        }
    }

    @Test
    void aConsoleErrorIsCaught() throws Exception {
        // The check above can fail: a page with a script error logs CONSOLE lines.
        Path dir = TestSupport.workDir("datasheet-page-negative");
        Path page = dir.resolve("bad.html");
        Files.writeString(page, "<!DOCTYPE html><html><body><p>x</p><script>undefinedFunction();</script></body>"
                + "</html>");
        TestSupport.Run r = browse(dir, page, "--dump-dom");
        assertEquals(0, r.exit(), r.output());
        List<String> console = consoleLines(r.output());
        assertEquals(1, console.size(), r.output());
        assertTrue(console.get(0).contains("undefinedFunction is not defined"), console.get(0));
    }
}
