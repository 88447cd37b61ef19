package org.astrocyte.scenarios.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.astrocyte.scenarios.report.ExperimentReportPage;
import org.astrocyte.scenarios.report.ReportKind;
import org.astrocyte.scenarios.report.RunReportPage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code astrocyte report DIR}: a self-contained HTML report of a run or an experiment. */
@Command(name = "report", description = "Write a self-contained HTML report of a run or an experiment folder.")
final class ReportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The output folder of 'run' or 'experiment'.")
    private Path dir;

    @Option(names = "--out", paramLabel = "FILE", description = "The HTML file (default: DIR/report.html).")
    private Path out;

    @Override
    public Integer call() throws Exception {
        Path file = out != null ? out : dir.resolve("report.html");
        Path written = ReportKind.of(dir) == ReportKind.RUN ? RunReportPage.write(dir, file)
                : ExperimentReportPage.write(dir, file);
        spec.commandLine().getOut().println("report: " + written);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
