package dintsim.sim.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dintsim.models.mac.MacDesigns;
import dintsim.sim.hw.mac.MacKind;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CostTableTest {

    @Test
    void defaultsCoverTheStandardDesignsAndCiteEveryNumber() {
        CostTable c = CostTable.defaults();
        for (String d : MacDesigns.STANDARD) {
            for (int k = 0; k < MacKind.COUNT; k++) {
                assertTrue(c.macEnergy(d, k) > 0, d);
                assertFalse(c.sources().get("mac." + d + "." + MacKind.NAMES[k]).isBlank());
            }
            assertTrue(c.macArea(d) > 0);
        }
        assertEquals(c.macEnergy("dint4xint8", MacKind.NORMAL), c.macEnergy("dint4(s=0.25)xint8", MacKind.NORMAL));
        // The table's points come back exactly; in between, log-log interpolation.
        assertEquals(10.0, c.sramRead64(8 * 1024), 1e-9);
        assertEquals(20.0, c.sramRead64(32 * 1024), 1e-9);
        assertEquals(100.0, c.sramRead64(1024 * 1024), 1e-9);
        assertEquals(Math.sqrt(10.0 * 20.0), c.sramRead64(16 * 1024), 1e-9);
        assertEquals(1950.0, c.dramAccess64());
        assertEquals(4.522, c.registerAreaPerBit());
    }

    @Test
    void calibratedFilesLoadAndBadOnesNameTheField(@TempDir Path dir) throws Exception {
        String good = new String(CostTable.class.getResourceAsStream(CostTable.DEFAULT_RESOURCE).readAllBytes())
                .replace("\"value\": 0.150", "\"value\": 0.125");
        Path file = dir.resolve("calibrated.json");
        Files.writeString(file, good);
        assertEquals(0.125, CostTable.load(file).macEnergy("dint4xint8", MacKind.NORMAL));
        Files.writeString(file, good.replace("\"source\": \"Horowitz ISSCC 2014: DRAM", "\"sourc\": \"x"));
        String msg = assertThrows(IllegalArgumentException.class, () -> CostTable.load(file)).getMessage();
        assertTrue(msg.contains("calibrated.json") && msg.contains("dram.access64.source"), msg);
        Files.writeString(file, good.replace("\"value\": 0.125", "\"value\": -1"));
        msg = assertThrows(IllegalArgumentException.class, () -> CostTable.load(file)).getMessage();
        assertTrue(msg.contains("mac.dint4xint8.normal.value"), msg);
        msg = assertThrows(IllegalArgumentException.class, () -> CostTable.defaults().macEnergy("nf4xint8", 0)).getMessage();
        assertTrue(msg.contains("no MAC entry for design 'nf4xint8'"), msg);
    }
}
