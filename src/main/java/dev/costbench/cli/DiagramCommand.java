package dev.costbench.cli;

import dev.costbench.export.diagram.Diagram;
import dev.costbench.export.diagram.DiagramFormat;
import dev.costbench.model.Project;
import dev.costbench.model.Scenario;
import dev.costbench.session.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code costbench diagram FILE [--scenario NAME] --png|--svg|--pdf OUT}: one scenario as an architecture
 * diagram with its containers, connections and each block's monthly cost, drawn without a display.
 */
@Command(name = "diagram", mixinStandardHelpOptions = true,
        description = "Draws one scenario as an architecture diagram (containers, blocks with their monthly cost, "
                + "connections with their labels) as PNG, SVG and/or PDF.")
public final class DiagramCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "The design file (*.costbench.json).")
    Path file;

    @Option(names = "--scenario", paramLabel = "NAME", description = "The scenario to draw (default: the first).")
    String scenario;

    @Option(names = "--png", paramLabel = "OUT", description = "Write a PNG image here (twice the canvas resolution).")
    Path png;

    @Option(names = "--svg", paramLabel = "OUT", description = "Write an SVG drawing here.")
    Path svg;

    @Option(names = "--pdf", paramLabel = "OUT", description = "Write a one-page PDF here.")
    Path pdf;

    @Mixin DataDirOption dataDir;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        Map<DiagramFormat, Path> outputs = new LinkedHashMap<>();
        if (png != null) outputs.put(DiagramFormat.PNG, png);
        if (svg != null) outputs.put(DiagramFormat.SVG, svg);
        if (pdf != null) outputs.put(DiagramFormat.PDF, pdf);
        if (outputs.isEmpty()) throw new BadInputException("say where to write: --png OUT, --svg OUT and/or --pdf OUT");
        OutputFiles.check(file, List.copyOf(outputs.values()));
        Session session = dataDir.session();
        Project project = DesignCheck.read(session, file, spec.commandLine().getErr());
        int index = scenario == null ? 0 : ScenarioChoice.index(project, scenario, file);
        DesignCheck.stopOnErrors(session, project, file, List.of(index), spec.commandLine().getErr());
        // drawing needs no screen: say so before AWT starts, so it runs on a server or in CI
        if (System.getProperty("java.awt.headless") == null) System.setProperty("java.awt.headless", "true");
        Diagram diagram = session.diagram(project, index);
        Scenario s = diagram.scenario();
        PrintWriter out = spec.commandLine().getOut();
        for (var e : outputs.entrySet()) {
            try {
                session.writeDiagram(diagram, e.getKey(), e.getValue());
            } catch (IOException ex) {
                throw new BadInputException("cannot write " + e.getValue() + (ex.getMessage() == null ? "" : ": " + ex.getMessage()));
            }
            out.printf("Wrote %s: %s of scenario \"%s\", %d blocks, %d containers%n", e.getValue(), e.getKey().description(),
                    s.name(), s.blocks().size(), s.containers().size());
        }
        out.flush();
        return ExitCode.OK;
    }
}
