package dintsim.models.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** User format spec files: a dINT variant loads; malformed ones name the file and field. */
class FormatSpecFileTest {
    @TempDir
    Path dir;

    /** dINT4 without zero, s = 0.25, written by hand as a user would. */
    private static final String NO_ZERO = "{\n  \"name\": \"dint4-nozero-q\",\n  \"bits\": 4,\n"
            + "  \"description\": \"dINT4 without zero, s = 0.25\",\n  \"codes\": [\n"
            + "    {\"code\": \"0000\", \"value\": 0.25, \"special\": true},\n"
            + "    {\"code\": \"0001\", \"value\": 1}, {\"code\": \"0010\", \"value\": 2}, {\"code\": \"0011\", \"value\": 3},\n"
            + "    {\"code\": \"0100\", \"value\": 4}, {\"code\": \"0101\", \"value\": 5}, {\"code\": \"0110\", \"value\": 6},\n"
            + "    {\"code\": \"0111\", \"value\": 7},\n"
            + "    {\"code\": \"1000\", \"value\": -0.25, \"special\": true},\n"
            + "    {\"code\": \"1001\", \"value\": -7}, {\"code\": \"1010\", \"value\": -6}, {\"code\": \"1011\", \"value\": -5},\n"
            + "    {\"code\": \"1100\", \"value\": -4}, {\"code\": \"1101\", \"value\": -3}, {\"code\": \"1110\", \"value\": -2},\n"
            + "    {\"code\": \"1111\", \"value\": -1}\n  ]\n}\n";

    private Path write(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    @Test
    void userVariantLoadsAndEqualsTheFamilyMember() throws Exception {
        Formats formats = new Formats();
        NumberFormat f = formats.register(write("nozero.json", NO_ZERO));
        assertEquals(f, formats.get("dint4-nozero-q"));
        assertEquals(Formats.builtIn("dint4(s=0.25,zero=false)").codePoints(), f.codePoints());
        assertEquals(2, f.fractionBits());
        assertEquals(0.25, f.value(f.quantize(0.0, 1)));
        assertEquals(-0.25, f.value(f.quantize(-0.3, 1)));
        assertEquals(CodeKind.SPECIAL, f.kind(0b1000));
        assertEquals(f.name(), formats.all().get(formats.all().size() - 1).name());
    }

    private void rejected(String file, String text, String... expected) throws Exception {
        Path f = write(file, text);
        FormatException e = assertThrows(FormatException.class, () -> new Formats().register(f));
        assertTrue(e.getMessage().startsWith(f.toString()), e.getMessage());
        for (String s : expected) {
            assertTrue(e.getMessage().contains(s), "'" + s + "' missing from: " + e.getMessage());
        }
    }

    @Test
    void malformedSpecsNameTheFileAndField() throws Exception {
        rejected("bits.json", NO_ZERO.replace("\"bits\": 4", "\"bits\": 9"), "field 'bits' is 9");
        rejected("dup.json", NO_ZERO.replace("\"code\": \"0010\"", "\"code\": \"0001\""), "code 0001 is listed twice");
        rejected("dyadic.json", NO_ZERO.replace("\"value\": 0.25", "\"value\": 0.1"), "code 0000", "field 'value' 0.1",
                "not k/2^f");
        rejected("json.json", NO_ZERO.replace("\"bits\": 4,", "\"bits\": 4"), "not a valid format spec", "line 4");
        rejected("unknown.json", NO_ZERO.replace("\"bits\"", "\"width\""), "not a valid format spec", "field 'bits' is missing");
        rejected("extra.json", NO_ZERO.replace("\"bits\": 4,", "\"bits\": 4, \"width\": 4,"), "not a valid format spec",
                "width");
        rejected("missing.json", NO_ZERO.replace("{\"code\": \"0001\", \"value\": 1}", "{\"code\": \"0001\"}"),
                "not a valid format spec", "field 'codes[1].value' is missing");
        rejected("pattern.json", NO_ZERO.replace("\"code\": \"0011\"", "\"code\": \"011\""), "code '011' must be 4 binary digits");
        rejected("name.json", NO_ZERO.replace("dint4-nozero-q", "Dint"), "field 'name'");
        rejected("builtin.json", NO_ZERO.replace("dint4-nozero-q", "int4"), "field 'name'", "already exists");
        rejected("nan.json", NO_ZERO.replace("\"value\": 7", "\"value\": \"NaN\""), "non-finite value");
        FormatException e = assertThrows(FormatException.class, () -> new Formats().register(dir.resolve("none.json")));
        assertTrue(e.getMessage().contains("none.json: cannot read format spec"), e.getMessage());
    }
}
