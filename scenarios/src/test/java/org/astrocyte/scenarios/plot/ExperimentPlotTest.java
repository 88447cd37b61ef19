package org.astrocyte.scenarios.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.astrocyte.scenarios.experiment.stats.ConditionSummary;
import org.astrocyte.scenarios.experiment.stats.GroupKey;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** The experiment's plot: a chart per metric and scenario, as PNG and as SVG of the same size. */
class ExperimentPlotTest {

    /** Height of one chart, pixels. */
    private static final int CHART = 360;

    @TempDir
    Path dir;

    @BeforeAll
    static void withoutDisplay() {
        System.setProperty("java.awt.headless", "true");
    }

    /** Two conditions x two latencies in two scenarios; food only in foraging. */
    private static List<ConditionSummary> summaries() {
        List<ConditionSummary> summaries = new ArrayList<>();
        for (String metric : List.of("collisions", "food_collected")) {
            for (String scenario : List.of("corridor", "foraging")) {
                if (metric.equals("food_collected") && scenario.equals("corridor")) {
                    continue;
                }
                for (String condition : List.of("planner-only", "planner+reflex")) {
                    for (String latency : List.of("0 s", "2 s")) {
                        summaries.add(ConditionSummary.of(new GroupKey(condition, Map.of("scenario", scenario,
                                "latency", latency)), metric, new double[] {1, 2, 4}, 1));
                    }
                }
            }
        }
        return summaries;
    }

    @Test
    void drawsAChartPerMetricAndScenarioThatHasIt() throws IOException {
        // when
        Path png = dir.resolve("summary.png");
        ExperimentPlot.write("tiny", summaries(), png);
        // then: collisions in corridor and in foraging, food in foraging
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(3 * CHART, image.getHeight());
        assertEquals(RasterCharts.WIDTH, image.getWidth());
    }

    @Test
    void writesTheSameChartsAsAnSvgOfTheSameSize() throws Exception {
        // when
        Path svg = dir.resolve("summary.svg");
        ExperimentPlot.write("tiny", summaries(), svg);
        // then
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        // The SVG names the W3C's DTD; a test does not fetch it.
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document document = factory.newDocumentBuilder().parse(svg.toFile());
        assertEquals("svg", document.getDocumentElement().getTagName());
        assertEquals("0 0 " + RasterCharts.WIDTH + " " + 3 * CHART,
                document.getDocumentElement().getAttribute("viewBox"));
        assertTrue(Files.size(svg) > 10_000, "drawn: " + Files.size(svg) + " bytes");
    }
}
