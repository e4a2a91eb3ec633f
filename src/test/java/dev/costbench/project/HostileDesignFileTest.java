package dev.costbench.project;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.type.TypeFactory;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Design files from other people are untrusted: limits on size, counts and numbers, each refusal with its place. */
class HostileDesignFileTest {
    private static final String FILE = "mail.costbench.json";

    private static String error(String json) {
        return assertThrows(ProjectFileException.class, () -> ProjectFile.parse(json, FILE)).getMessage();
    }

    private static String asg(String extra) {
        return """
                {"schemaVersion": 2, "scenarios": [{"blocks": [{"id": "web", "kind": "asg", "instanceType": "m5.large"%s}]}]}"""
                .formatted(extra);
    }

    @Test
    void theDesignMapperHasNoPolymorphicDefaultTyping() {
        ObjectMapper mapper = ProjectFile.mapper();
        assertNull(mapper.getDeserializationConfig().getDefaultTyper(TypeFactory.defaultInstance().constructType(Object.class)));
        assertNull(mapper.getSerializationConfig().getDefaultTyper(TypeFactory.defaultInstance().constructType(Object.class)));
    }

    @Test
    void aTrillionInstancesIsRefused() {
        assertEquals(FILE + ": $.scenarios[0].blocks[0].desired: must be from 0 to 100,000 instances, not 1000000000000",
                error(asg(", \"max\": 10, \"desired\": 1000000000000")));
    }

    @Test
    void aShortNumberThatMeansAHugeOneIsRefusedEvenInAnUnknownField() {
        // 1e999999999 is 11 characters, but written out in plain digits, as a save would, it is a billion
        assertEquals(FILE + ": $.scenarios[0].blocks[0].forecast.peak: a number with more than 100 digits before the "
                + "decimal point; no figure in a design is that large",
                error(asg(", \"forecast\": {\"peak\": 1e999999999}")));
        assertEquals(FILE + ": $.scenarios[0].blocks[0].x: must be a number from -10000000 to 10000000, not 1E+999999999",
                error(asg(", \"x\": 1e999999999")));
    }

    @Test
    void aVanishinglySmallAmountIsRefusedBeforeAnyMessageWritesItOut() {
        // a Fargate cpu of 1e-999999999 is not a valid size, and that message would print it in a billion digits
        assertEquals(FILE + ": $.scenarios[0].blocks[0].cpu: a number with more than 100 digits after the decimal point; "
                + "no figure in a design is that precise", error("""
                {"scenarios": [{"blocks": [{"id": "api", "kind": "ecs-service", "launchType": "fargate", "cpu": 1e-999999999}]}]}"""));
    }

    @Test
    void tooManyScenariosAreRefusedAtTheList() {
        String scenarios = "{},".repeat(1_000) + "{}";
        assertEquals(FILE + ": $.scenarios: holds 1001 scenarios; a design can have at most 1000",
                error("{\"scenarios\": [" + scenarios + "]}"));
    }

    @Test
    void aFileOfMillionsOfTinyValuesIsRefusedBeforeItIsBuilt() {
        // 5,000,001 zeros: 10 MB of text, well under the size limit, that would become millions of tree nodes.
        // The object, the field name and the list are values 1 to 3, so value 5,000,001 is the zero at index 4,999,997.
        String zeros = "0,".repeat(5_000_000) + "0";
        assertEquals(FILE + ": $.padding[4999997]: more than 5000000 JSON values; a design file is never that large",
                error("{\"padding\": [" + zeros + "]}"));
    }

    @Test
    void aNameLongerThanAnyonesIsRefused() {
        assertEquals(FILE + ": $.name: must be at most 10000 characters, not 10001",
                error("{\"name\": \"" + "x".repeat(10_001) + "\", \"scenarios\": []}"));
    }

    @Test
    void aLoadProfileOfTheWrongLengthIsRefusedWithoutCheckingEveryValue() {
        String hours = "-1,".repeat(9_999) + "-1";
        assertEquals(FILE + ": $.scenarios[0].blocks[0].loadProfile.hours: must hold 168 hourly values (one week from "
                + "Monday 00:00), not 10000", error(asg(", \"loadProfile\": {\"hours\": [" + hours + "]}")));
    }

    @Test
    void aSchemaVersionBelowOneIsRefused() {
        assertEquals(FILE + ": $.schemaVersion: must be a format version from 1 to 2, not 0", error("{\"schemaVersion\": 0}"));
    }
}
