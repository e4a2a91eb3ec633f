package dev.costbench.project.importer.drawio;

import dev.costbench.model.AutoScalingGroup;
import dev.costbench.model.Block;
import dev.costbench.model.BlockKind;
import dev.costbench.model.Connection;
import dev.costbench.model.ContainerKind;
import dev.costbench.model.LoadBalancer;
import dev.costbench.model.Scenario;
import dev.costbench.project.importer.Assumptions;
import dev.costbench.project.importer.DesignImportException;
import dev.costbench.project.importer.ImportedDesign;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** draw.io diagrams with AWS 2021 shapes: nested groups, a compressed file, and shapes that have no block kind. */
class DrawioImporterTest {
    private static final Path FIXTURES = Path.of(System.getProperty("costbench.project.dir", "."), "src/test/resources/imports");

    private static Block named(Scenario s, String name) {
        return s.blocks().stream().filter(b -> b.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError("no block " + name));
    }

    @Test
    void shapesBecomeBlocksInTheirFramesWithTheirArrows() {
        ImportedDesign d = DrawioImporter.read(FIXTURES.resolve("shop.drawio"));
        Scenario s = d.project().scenarios().getFirst();
        assertEquals("eu-west-1", s.region(), "from the Region group's label");
        assertEquals(List.of(BlockKind.LOAD_BALANCER, BlockKind.EC2_INSTANCES, BlockKind.ASG, BlockKind.ECS_SERVICE, BlockKind.EKS_NODE_GROUP,
                BlockKind.LAMBDA, BlockKind.BATCH_QUEUE, BlockKind.LOAD_BALANCER, BlockKind.APP_RUNNER), s.blocks().stream().map(Block::kind).toList());
        // two instances drawn inside the Auto Scaling group are its size; the label names the type
        AutoScalingGroup web = (AutoScalingGroup) named(s, "Web m5.xlarge");
        assertEquals("m5.xlarge", web.instanceType());
        assertEquals(2, web.desired());
        assertEquals(LoadBalancer.Type.NLB, ((LoadBalancer) named(s, "Partner NLB")).type());
        // the HTML label "Orders <br>service" reads as the user sees it
        Block orders = named(s, "Orders service");
        assertEquals(ContainerKind.PRIVATE_SUBNET, s.containerOf(orders.id()).orElseThrow().kind());
        assertEquals("eu-west-1a", s.availabilityZoneOf(orders.id()).orElseThrow().zone());
        assertEquals(ContainerKind.PUBLIC_SUBNET, s.containerOf(named(s, "Shop ALB").id()).orElseThrow().kind());
        // an arrow from an instance inside the group starts at the group; an edge label cell labels its arrow
        Connection fromWeb = s.connections().stream().filter(c -> c.from().equals(web.id())).findFirst().orElseThrow();
        assertEquals(named(s, "Search cluster").id(), fromWeb.to());
        Connection toOrders = s.connections().stream().filter(c -> c.to().equals(orders.id())).findFirst().orElseThrow();
        assertEquals("HTTPS · /api", toOrders.protocol());
        // the diagram's "2 TB/month" label is a clear monthly quantity: 2 × 1,024 GB sent
        assertEquals(0, new java.math.BigDecimal("2048").compareTo(
                s.connections().stream().filter(c -> c.from().equals(orders.id())).findFirst().orElseThrow().sentGbPerMonth()));
        for (Block b : s.blocks())
            s.containerOf(b.id()).ifPresent(c -> assertTrue(c.contains(b.x(), b.y()) && c.contains(b.x() + 180, b.y() + 72), b.name()));
    }

    @Test
    void whatHasNoBlockKindIsListedNotDropped() {
        ImportedDesign d = DrawioImporter.read(FIXTURES.resolve("shop.drawio"));
        assertEquals(List.of("\"Assets\" (s3: not a compute shape)",
                "1 shape that is not an AWS shape: \"Users\"", "1 arrow does not join two compute shapes"), d.notMapped());
        assertEquals(List.of("one standalone EC2 instance without a volume"),
                Assumptions.of(named(d.project().scenarios().getFirst(), "Bastion t3.micro")));
    }

    @Test
    void appRunnerEcrAndEc2InstanceShapesBecomeTheirKindsAndADedicatedLabelSetsTheTenancy() {
        String icon = "shape=mxgraph.aws4.resourceIcon;resIcon=mxgraph.aws4.";
        String page = "<mxfile><diagram name=\"p\"><mxGraphModel><root><mxCell id=\"0\"/><mxCell id=\"1\" parent=\"0\"/>"
                + "<mxCell id=\"a\" value=\"Admin\" style=\"" + icon + "app_runner;\" vertex=\"1\" parent=\"1\"><mxGeometry x=\"0\" y=\"0\" width=\"78\" height=\"78\" as=\"geometry\"/></mxCell>"
                + "<mxCell id=\"r\" value=\"Images\" style=\"" + icon + "ecr;\" vertex=\"1\" parent=\"1\"><mxGeometry x=\"200\" y=\"0\" width=\"78\" height=\"78\" as=\"geometry\"/></mxCell>"
                + "<mxCell id=\"i\" value=\"Licensed m5.large dedicated\" style=\"shape=mxgraph.aws4.instance2;\" vertex=\"1\" parent=\"1\"><mxGeometry x=\"400\" y=\"0\" width=\"48\" height=\"48\" as=\"geometry\"/></mxCell>"
                + "<mxCell id=\"h\" value=\"SQL m5.xlarge Dedicated Host\" style=\"shape=mxgraph.aws4.ec2;\" vertex=\"1\" parent=\"1\"><mxGeometry x=\"600\" y=\"0\" width=\"48\" height=\"48\" as=\"geometry\"/></mxCell>"
                + "</root></mxGraphModel></diagram></mxfile>";
        Scenario s = DrawioImporter.fromText(page, "kinds.drawio", "kinds.drawio").project().scenarios().getFirst();
        assertEquals(List.of(BlockKind.APP_RUNNER, BlockKind.ECR_REPOSITORY, BlockKind.EC2_INSTANCES, BlockKind.EC2_INSTANCES),
                s.blocks().stream().map(Block::kind).toList());
        dev.costbench.model.AppRunnerService admin = (dev.costbench.model.AppRunnerService) named(s, "Admin");
        assertEquals(1, admin.minInstances());
        assertEquals(25, admin.maxInstances());
        assertEquals(0, new java.math.BigDecimal("10").compareTo(((dev.costbench.model.EcrRepository) named(s, "Images")).storedGb()));
        dev.costbench.model.Ec2Instances licensed = (dev.costbench.model.Ec2Instances) named(s, "Licensed m5.large dedicated");
        assertEquals("m5.large", licensed.instanceType());
        assertEquals(dev.costbench.model.Tenancy.DEDICATED, licensed.tenancy());
        assertEquals(dev.costbench.model.Tenancy.HOST, ((dev.costbench.model.Ec2Instances) named(s, "SQL m5.xlarge Dedicated Host")).tenancy());
    }

    @Test
    void aCompressedPageReadsLikeAPlainOne() throws Exception {
        ImportedDesign d = DrawioImporter.read(FIXTURES.resolve("payments-compressed.drawio"));
        Scenario s = d.project().scenarios().getFirst();
        assertEquals(List.of("Ingress", "Payments", "Receipts"), s.blocks().stream().map(Block::name).toList());
        assertEquals(2, s.connections().size());
        assertEquals(List.of("pages after the first (\"Notes\"): only the first page is imported"), d.notMapped());
        // the same page stored uncompressed gives the same blocks, frames and connections
        String packed = Files.readString(FIXTURES.resolve("payments-compressed.drawio"));
        java.io.StringWriter xml = new java.io.StringWriter();
        javax.xml.transform.TransformerFactory.newInstance().newTransformer().transform(
                new javax.xml.transform.dom.DOMSource(DrawioFile.firstPage(packed, "p").model()), new javax.xml.transform.stream.StreamResult(xml));
        String plain = "<mxfile><diagram name=\"Payments\">" + xml.toString().replaceFirst("^<\\?xml[^>]*>", "") + "</diagram></mxfile>";
        Scenario same = DrawioImporter.fromText(plain, "payments.drawio", "payments.drawio").project().scenarios().getFirst();
        assertEquals(s.blocks(), same.blocks());
        assertEquals(s.containers(), same.containers());
        assertEquals(s.connections(), same.connections());
    }

    @Test
    void aDiagramWithoutComputeShapesSaysWhatItLooksFor() {
        String xml = "<mxGraphModel><root><mxCell id=\"0\"/><mxCell id=\"1\" parent=\"0\"/>"
                + "<mxCell id=\"a\" value=\"Box\" style=\"rounded=1;\" vertex=\"1\" parent=\"1\"><mxGeometry width=\"80\" height=\"40\" as=\"geometry\"/></mxCell>"
                + "</root></mxGraphModel>";
        DesignImportException e = assertThrows(DesignImportException.class, () -> DrawioImporter.fromText(xml, "box.drawio", "box.drawio"));
        assertTrue(e.getMessage().startsWith("box.drawio: the diagram has no AWS compute shape Costbench can show"), e.getMessage());
    }

    @Test
    void aDoctypeIsRefusedSoADiagramCannotMakeTheReaderFetchAnything() {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><mxGraphModel>&e;</mxGraphModel>";
        DesignImportException e = assertThrows(DesignImportException.class, () -> DrawioImporter.fromText(xml, "x.drawio", "x.drawio"));
        assertTrue(e.getMessage().startsWith("x.drawio: line 1, column "), e.getMessage());
    }

    @Test
    void natGatewayAndInternetGatewayShapesBecomeTheirBlocksAndTheArrowsTrafficIsPriced() {
        ImportedDesign d = DrawioImporter.read(FIXTURES.resolve("nat.drawio"));
        Scenario s = d.project().scenarios().getFirst();
        assertEquals("us-east-1", s.region());
        assertEquals(List.of(BlockKind.NAT_GATEWAY, BlockKind.EC2_INSTANCES, BlockKind.INTERNET), s.blocks().stream().map(Block::kind).toList());
        Block nat = named(s, "NAT gateway"), net = named(s, "Internet gateway");
        assertEquals(1, ((dev.costbench.model.NatGateway) nat).gateways());
        assertEquals(ContainerKind.PUBLIC_SUBNET, s.containerOf(nat.id()).orElseThrow().kind());
        assertEquals("us-east-1a", s.availabilityZoneOf(nat.id()).orElseThrow().zone());
        assertTrue(s.connections().stream().anyMatch(c -> c.from().equals(nat.id()) && c.to().equals(net.id())), s.connections().toString());
        assertTrue(d.notMapped().isEmpty(), d.notMapped().toString());
        // us-east-1 (https://aws.amazon.com/vpc/pricing/, https://aws.amazon.com/ec2/pricing/on-demand/#Data_Transfer):
        // the gateway's hours 1 × $0.045 × 730 = 32.85; it processes the worker's 300 GB × $0.045 = 13.50; it sends 300 GB
        // to the internet, the first 100 free: 200 × $0.09 = 18.00                              NAT gateway 64.35
        var cost = new dev.costbench.pricing.PricingEngine(dev.costbench.catalog.CatalogLoader.bundled()).price(s).blocks().stream()
                .filter(b -> b.blockId().equals(nat.id())).findFirst().orElseThrow().option(dev.costbench.model.purchase.PurchaseOption.ON_DEMAND);
        assertEquals(0, new java.math.BigDecimal("64.35").compareTo(cost.monthlyEffective()), cost.monthlyEffective().toPlainString());
    }
}
