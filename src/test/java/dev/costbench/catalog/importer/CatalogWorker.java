package dev.costbench.catalog.importer;

import dev.costbench.Main;
import dev.costbench.catalog.PriceCatalog;
import dev.costbench.catalog.Rate;
import dev.costbench.catalog.UserCatalog;
import picocli.CommandLine;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A second (and third) Costbench process for the concurrency tests. {@code import DATA_DIR}: for each line
 * on standard input (a file), runs {@code costbench import-prices FILE --data-dir DATA_DIR} and prints
 * {@code exit N}. {@code read DATA_DIR DESIGN}: until standard input closes, loads the user catalog and runs
 * {@code costbench price DESIGN} over and over, checking that each catalog is one whole import, never older
 * than one read before; then prints {@code reads N} and any problem as {@code torn ...}.
 */
public final class CatalogWorker {
    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[1]);
        if (args[0].equals("import")) imports(dataDir);
        else reads(dataDir, args[2]);
        System.exit(0);
    }

    private static void imports(Path dataDir) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        System.out.println("ready");
        System.out.flush();
        for (String file; (file = in.readLine()) != null; ) {
            StringWriter err = new StringWriter();
            CommandLine cl = Main.commandLine();
            cl.setOut(new PrintWriter(new StringWriter(), true));
            cl.setErr(new PrintWriter(err, true));
            int exit = cl.execute("import-prices", file, "--data-dir", dataDir.toString());
            System.out.println("exit " + exit + (exit == 0 ? "" : " " + err.toString().strip().replace('\n', ' ')));
            System.out.flush();
        }
    }

    private static void reads(Path dataDir, String design) throws Exception {
        Thread stop = new Thread(() -> {
            try {
                while (System.in.read() >= 0) { /* runs until the test closes our input */ }
            } catch (Exception ignored) {
                // closed
            }
        });
        stop.start();
        System.out.println("ready");
        System.out.flush();
        int reads = 0;
        int[] newest = {-1, -1};
        String problem = null;
        while (stop.isAlive() && problem == null) {
            try {
                PriceCatalog c = UserCatalog.load(dataDir);
                for (int lane = 0; lane < 2 && problem == null; lane++) {
                    Optional<Rate> rate = c.onDemand(RoundOffers.REGION[lane], "m5.large");
                    if (rate.isEmpty()) {
                        if (newest[lane] >= 0) problem = "lane " + lane + " vanished after round " + newest[lane];
                        continue;
                    }
                    int round = RoundOffers.roundOf(lane, rate.get().usd());
                    // before the lane's first import lands, the region's price is the one Costbench ships
                    if (round < 0 && newest[lane] < 0 && rate.get().provenance().asOf().compareTo(RoundOffers.day(0)) < 0) continue;
                    if (round < 0 || !rate.get().provenance().asOf().equals(RoundOffers.day(round)))
                        problem = "lane " + lane + " price " + rate.get().usd() + " dated " + rate.get().provenance().asOf();
                    else if (round < newest[lane]) problem = "lane " + lane + " went back from round " + newest[lane] + " to " + round;
                    else newest[lane] = round;
                }
                StringWriter err = new StringWriter();
                CommandLine cl = Main.commandLine();
                cl.setOut(new PrintWriter(new StringWriter(), true));
                cl.setErr(new PrintWriter(err, true));
                int exit = cl.execute("price", design, "--data-dir", dataDir.toString(), "--format", "json");
                if (problem == null && exit != 0) problem = "price exit " + exit + ": " + err.toString().strip();
            } catch (RuntimeException e) {
                problem = "load failed: " + e.getMessage();
            }
            reads++;
        }
        System.out.println("reads " + reads);
        if (problem != null) System.out.println("torn " + problem);
        System.out.flush();
    }
}
