package dev.costbench.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

/** What a user reads for the usual JSON mistakes: the mistake in plain words, never the parser's own sentence. */
class JsonWordingTest {
    private static String said(String json) {
        try {
            new ObjectMapper().readTree(json);
        } catch (JsonProcessingException e) {
            return JsonWording.problem(e);
        }
        return fail("valid JSON: " + json);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            {"name": "Web                      | the file ends inside a text: a closing " is missing
            {"blocks": [{"id": "a"}            | the file ends before every { and [ is closed: is it cut short?
            {"blocks": [1, 2}                  | '}' where a ] should close the list
            {"a": 1]                           | ']' where a } should close the object
            {"a": xyz}                         | 'xyz' is not a JSON value (a text needs double quotes)
            {"a": 1, }                         | '}' where a field name in double quotes should be (a comma too many, or single quotes?)
            {'a': 1}                           | ''' where a field name in double quotes should be (a comma too many, or single quotes?)
            {"a": 1 "b": 2}                    | '"' where a comma should come between two fields
            [1 2]                              | '2' where a comma should come between two items of the list
            {"a" 1}                            | '1' where a : should follow the field name
            // a note                          | comments (// or /* */) are not allowed in JSON
            """)
    void theUsualMistakesAreSaidInPlainWords(String json, String expected) {
        String said = said(json.strip());
        assertEquals(expected.strip(), said);
        for (String parser : new String[] {"Unexpected", "Unrecognized", "Feature", "ALLOW_", "code ", "Source"})
            assertFalse(said.contains(parser), said);
    }

    @org.junit.jupiter.api.Test
    void aControlCharacterIsNamedNotWrittenToTheTerminal() {
        String said = said("{\"a\": \u0000}");
        assertFalse(said.chars().anyMatch(Character::isISOControl), said);
        String gzip = said("\u001f\u008b\u0008\u0000");
        assertEquals("a character that JSON allows only inside a text (is the file UTF-8 JSON, not compressed or another encoding?)", gzip);
    }

    @org.junit.jupiter.api.Test
    void aStrayQuoteInAnOfferFilesCsvIsSaidInPlainWords() throws Exception {
        var csv = com.fasterxml.jackson.dataformat.csv.CsvMapper.builder()
                .enable(com.fasterxml.jackson.dataformat.csv.CsvParser.Feature.WRAP_AS_ARRAY).build();
        try (var rows = csv.readerFor(String[].class).readValues("\"SKU\",\"Rate\"\n\"USW2X,\"abc\n")) {
            while (rows.hasNext()) rows.next();
            fail("read a stray quote");
        } catch (RuntimeException | java.io.IOException e) {
            String said = JsonWording.csvProblem(e);
            assertEquals("'a' after a value's closing quote, where a , or the end of the line should be (a quote inside a value is"
                    + " written twice)", said);
        }
    }
}
