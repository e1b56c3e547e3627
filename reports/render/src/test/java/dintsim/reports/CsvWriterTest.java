package dintsim.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dintsim.reports.table.CellFormat;
import dintsim.reports.table.CsvWriter;
import dintsim.reports.table.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvWriterTest {
    @Test
    void quotesCellsThatNeedIt() {
        Table t = new Table("t", "T", List.of("name", "value"));
        t.add("a,b", 1.5).add("say \"hi\"", 2L).add("plain", 1e-7);
        assertEquals("name,value\n\"a,b\",1.5\n\"say \"\"hi\"\"\",2\nplain,0.0000001\n", CsvWriter.toCsv(t));
    }

    @Test
    void readableNumbersHaveFourSignificantDigits() {
        assertEquals("3.142", CellFormat.readable(Math.PI));
        assertEquals("1234", CellFormat.readable(1234.4));
        assertEquals("1.235e+07", CellFormat.readable(12345678.0));
        assertEquals("42", CellFormat.readable(42L));
    }

    @Test
    void badRowsNameTheTableAndColumn() {
        Table t = new Table("area", "Area", List.of("design", "um2"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> t.add("x", null));
        assertTrue(e.getMessage().contains("table area") && e.getMessage().contains("'um2'"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> t.add("x"));
        assertTrue(e.getMessage().contains("expected 2"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Table("Bad Name", "x", List.of("a")));
    }
}
