package dev.costbench.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.costbench.model.purchase.SavingsPlanType;
import dev.costbench.model.Project;
import dev.costbench.model.Scenario;
import dev.costbench.pricing.Money;
import dev.costbench.session.Session;
import dev.costbench.workshop.HourlyUsage;
import dev.costbench.workshop.PlanFigures;
import dev.costbench.workshop.SavingsPlanOptimizer;
import dev.costbench.workshop.SavingsPlanSizing;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code costbench size-savings-plan FILE}: for each Savings Plan type, term and payment, the commitment that
 * minimizes the month's cost of the usage the plan can cover, with coverage, utilization, cost and saving.
 */
@Command(name = "size-savings-plan", mixinStandardHelpOptions = true,
        description = "Finds the hourly Savings Plan commitment that minimizes each scenario's monthly cost, for Compute and "
                + "EC2 Instance plans, every term and payment, from the scenario's hour-by-hour usage.")
public final class SizeSavingsPlanCommand implements Callable<Integer> {
    public enum Format { TABLE, JSON }

    @Parameters(index = "0", paramLabel = "FILE", description = "The design file (*.costbench.json).")
    Path file;

    @Option(names = "--scenario", paramLabel = "NAME", description = "Size only this scenario (default: every scenario).")
    String scenario;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table (default) or json.")
    Format format;

    @Mixin DataDirOption dataDir;
    @Spec CommandSpec spec;

    private static final ObjectMapper MAPPER = JsonMapper.builder().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    @Override
    public Integer call() {
        Session session = dataDir.session();
        Project project = DesignCheck.read(session, file, spec.commandLine().getErr());
        List<Integer> selected = selected(project);
        DesignCheck.stopOnErrors(session, project, file, selected, spec.commandLine().getErr());
        List<Sized> sized = new ArrayList<>();
        for (int i : selected) {
            Scenario s = project.scenarios().get(i);
            HourlyUsage usage = session.hourlyUsage(s);
            sized.add(new Sized(s, usage, new SavingsPlanOptimizer(usage).optimizeAll()));
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(format == Format.JSON ? json(project, sized) : table(project, sized));
        out.flush();
        return ExitCode.OK;
    }

    record Sized(Scenario scenario, HourlyUsage usage, List<SavingsPlanSizing> plans) {}

    static String table(Project project, List<Sized> all) {
        StringBuilder b = new StringBuilder();
        for (Sized s : all) {
            b.append(project.name()).append(" — ").append(s.scenario().name()).append(" (").append(s.scenario().region()).append(")\n");
            b.append("Coverable On-Demand spend: Compute plans ").append(Money.format(s.usage().monthlyOnDemand(SavingsPlanType.COMPUTE)))
                    .append(" a month, EC2 Instance plans ").append(Money.format(s.usage().monthlyOnDemand(SavingsPlanType.EC2_INSTANCE)))
                    .append("\n");
            for (HourlyUsage.ExcludedBlock x : s.usage().excluded())
                b.append("  not coverable: ").append(x.name()).append(" (").append(x.reason()).append(")\n");
            b.append(String.format("%-13s %-4s %-16s %12s %9s %12s %13s %13s %11s%n", "plan", "term", "payment", "commit $/h",
                    "coverage", "utilization", "monthly cost", "saving", "break-even"));
            for (SavingsPlanSizing p : s.plans()) {
                PlanFigures f = p.rounded();
                b.append(String.format("%-13s %-4s %-16s %12s %8s%% %11s%% %13s %13s %10s%%%n",
                        p.plan().type() == SavingsPlanType.COMPUTE ? "Compute" : "EC2 Instance", p.plan().term().key(),
                        p.plan().payment().key(), "$" + p.commitmentPerHour().toPlainString(), f.coveragePct().toPlainString(),
                        f.utilizationPct().toPlainString(), Money.format(f.monthlyCost()), Money.format(f.savingVsOnDemand()),
                        f.breakEvenUtilizationPct() == null ? "-" : f.breakEvenUtilizationPct().toPlainString()));
                if (p.scopes().size() > 1 || (p.plan().type() == SavingsPlanType.EC2_INSTANCE && !p.scopes().isEmpty()))
                    for (SavingsPlanSizing.Scope sc : p.scopes())
                        b.append(String.format("  %-31s %12s%n", "family " + sc.name(), "$" + sc.rounded().commitmentPerHour().toPlainString()));
            }
            b.append("Monthly cost: the commitment (paid whether used or not) plus the On-Demand cost of what it leaves "
                    + "uncovered; saving against that usage all On-Demand.\n\n");
        }
        return b.toString();
    }

    static String json(Project project, List<Sized> all) {
        ObjectNode root = NODES.objectNode();
        root.put("design", project.name());
        ArrayNode scenarios = root.putArray("scenarios");
        for (Sized s : all) {
            ObjectNode sc = scenarios.addObject();
            sc.put("scenario", s.scenario().name());
            sc.put("region", s.scenario().region());
            sc.put("computeEligibleOnDemandMonthly", cents(s.usage().monthlyOnDemand(SavingsPlanType.COMPUTE)));
            sc.put("ec2InstanceEligibleOnDemandMonthly", cents(s.usage().monthlyOnDemand(SavingsPlanType.EC2_INSTANCE)));
            ArrayNode excluded = sc.putArray("notCoverable");
            for (HourlyUsage.ExcludedBlock x : s.usage().excluded())
                excluded.addObject().put("blockId", x.blockId()).put("reason", x.reason());
            ArrayNode plans = sc.putArray("plans");
            for (SavingsPlanSizing p : s.plans()) {
                ObjectNode o = plans.addObject();
                o.put("planType", p.plan().type().key());
                o.put("term", p.plan().term().key());
                o.put("payment", p.plan().payment().key());
                figures(o, p.rounded());
                o.put("exactCommitmentPerHour", p.exact().commitmentPerHour());
                o.put("monthlyCostAtExactCommitment", cents(p.exact().monthlyCost()));
                o.put("onDemandMonthly", cents(p.rounded().onDemandMonthly()));
                o.put("upfront", cents(p.upfront()));
                ArrayNode scopes = o.putArray("scopes");
                for (SavingsPlanSizing.Scope scope : p.scopes()) figures(scopes.addObject().put("scope", scope.name()), scope.rounded());
            }
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the Savings Plan report could not be written as JSON", e);
        }
    }

    private static void figures(ObjectNode o, PlanFigures f) {
        o.put("commitmentPerHour", f.commitmentPerHour().setScale(SavingsPlanSizing.COMMITMENT_DECIMALS, java.math.RoundingMode.HALF_UP));
        o.put("coveragePct", f.coveragePct());
        o.put("utilizationPct", f.utilizationPct());
        o.put("monthlyCost", cents(f.monthlyCost()));
        o.put("savingVsOnDemand", cents(f.savingVsOnDemand()));
        if (f.breakEvenUtilizationPct() == null) o.putNull("breakEvenUtilizationPct");
        else o.put("breakEvenUtilizationPct", f.breakEvenUtilizationPct());
    }

    private static BigDecimal cents(BigDecimal v) { return Money.cents(v); }

    private List<Integer> selected(Project project) {
        List<Scenario> all = project.scenarios();
        if (scenario == null) return java.util.stream.IntStream.range(0, all.size()).boxed().toList();
        for (int i = 0; i < all.size(); i++) if (all.get(i).name().equals(scenario)) return List.of(i);
        throw new BadInputException(file + ": no scenario named \"" + scenario + "\" (the design has: "
                + String.join(", ", all.stream().map(Scenario::name).toList()) + ")");
    }
}
