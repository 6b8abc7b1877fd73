package org.aimcgen.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.xml.parsers.DocumentBuilderFactory;

import org.aimcgen.TestSupport;
import org.aimcgen.config.MacroConfig;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/** simulate's transfer.svg: a well-formed SVG of two XChart plots, one marker per streamed result. */
class TransferPlotTest {
    @Test
    void everyResultIsAMarkerBesideItsHistogram() throws Exception {
        MacroConfig cfg = TestSupport.preset("tiny.yaml");
        Path dir = TestSupport.workDir("transfer-plot");
        Path results = dir.resolve(ResultsFile.NAME);
        // vmm column result idealMac, as tb_vmm writes them.
        Files.writeString(results, "0 0 0 0\n0 1 3 2\n1 0 -5 -4\n1 1 10 9\n2 0 7 7\n");
        Path svg = TransferPlot.write(cfg, results, dir.resolve("transfer.svg"), "five results");
        String text = Files.readString(svg);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(text)));
        assertEquals("svg", doc.getDocumentElement().getTagName());
        // Two plots side by side, each an XChart SVG of Plots' size.
        assertEquals(3, doc.getElementsByTagName("svg").getLength());
        assertEquals(String.valueOf(2 * org.aimcgen.report.Plots.WIDTH), doc.getDocumentElement().getAttribute("width"));
        // XChart draws a circle marker as an ellipse: one per result, and one in the legend.
        assertEquals(5 + 1, doc.getElementsByTagName("ellipse").getLength());
        // Ticks: more lines than the two frames' edges.
        assertTrue(doc.getElementsByTagName("line").getLength() > 8, "tick marks and grid lines");
        assertEquals(text, Files.readString(TransferPlot.write(cfg, results, dir.resolve("again.svg"), "five results")),
                "the same results give the same file");
    }
}
