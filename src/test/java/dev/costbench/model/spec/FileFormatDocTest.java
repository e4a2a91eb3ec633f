package dev.costbench.model.spec;

import dev.costbench.model.BlockKind;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The file format's field tables (docs/file-format.md) are the kinds' specs written out: a limit, label or default
 * changed in a spec and not in the document fails here. Run with -Dcostbench.writeDocs=true to rewrite the tables.
 */
class FileFormatDocTest {
    private static final Path DOC = Path.of("docs/file-format.md");
    private static final Pattern TABLE = Pattern.compile("(<!-- fields: ([a-z0-9-]+) -->\n)(.*?)(<!-- /fields -->)", Pattern.DOTALL);

    @Test
    void everyKindsFieldTableInTheFileFormatDocumentMatchesItsSpec() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        StringBuilder rewritten = new StringBuilder();
        Matcher m = TABLE.matcher(doc);
        List<String> documented = new java.util.ArrayList<>();
        while (m.find()) {
            String name = m.group(2);
            documented.add(name);
            String expected = table(name.equals(CAPACITY_PROVIDER) ? BlockSpecs.CAPACITY_PROVIDER
                    : name.equals(CONNECTION) ? BlockSpecs.CONNECTION : BlockSpecs.of(BlockKind.fromFileName(name)).fields());
            if (Boolean.getBoolean("costbench.writeDocs"))
                m.appendReplacement(rewritten, Matcher.quoteReplacement(m.group(1) + expected + m.group(4)));
            else assertEquals(expected, m.group(3), "the field table of " + name + " in " + DOC);
        }
        if (Boolean.getBoolean("costbench.writeDocs")) {
            m.appendTail(rewritten);
            Files.writeString(DOC, rewritten.toString(), StandardCharsets.UTF_8);
        }
        List<String> expected = new java.util.ArrayList<>(java.util.Arrays.stream(BlockKind.values()).map(BlockKind::fileName).toList());
        expected.add(2, CAPACITY_PROVIDER);
        expected.add(CONNECTION);
        assertEquals(expected, documented, "every kind has a field table, in the kinds' order, the ECS service's entries after it,"
                + " and the connection's traffic fields last");
    }

    @Test
    void aRowStatesTheFieldsTypeDefaultLimitAndWords() {
        FieldSpec ebs = BlockSpecs.of(BlockKind.ASG).field("ebsGbPerInstance");
        assertEquals("| `ebsGbPerInstance` | whole number | `0` | from 0 to 65,536 GB | EBS gp3 GB each | "
                + "gp3 volume size per instance (not discountable); 0 for none |", row(ebs));
        FieldSpec launch = BlockSpecs.of(BlockKind.ECS_SERVICE).field("launchType");
        assertEquals("| `launchType` | `fargate` or `ec2` | `fargate` |  | Launch type | "
                + "Fargate tasks, or tasks packed onto EC2 instances |", row(launch));
    }

    private static final String CAPACITY_PROVIDER = "capacity-provider";
    private static final String CONNECTION = "connection";

    static String table(List<FieldSpec> fields) {
        if (fields.isEmpty()) return "No fields of its own beyond those every block has.\n";
        return "| field | type | default | limit | label in the inspector | meaning |\n|---|---|---|---|---|---|\n"
                + fields.stream().map(FileFormatDocTest::row).collect(Collectors.joining("\n")) + "\n";
    }

    static String row(FieldSpec f) {
        String type = f.type() instanceof ValueType.Choice c
                ? FieldSpec.orList(c.names().stream().map(n -> "`" + n + "`").toList()) : f.typeName();
        String limit = f.type() instanceof ValueType.Choice || f.limit() == null ? "" : f.limit();
        return "| `" + f.json() + "` | " + type + " | " + f.defaultText() + " | " + limit + " | " + f.label() + " | " + f.help() + " |";
    }
}
