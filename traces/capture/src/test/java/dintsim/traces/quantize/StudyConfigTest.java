package dintsim.traces.quantize;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class StudyConfigTest {
    @Test
    void unknownNamesAreRejectedBeforeAnyWork() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> StudyConfig.miniLm(List.of("int4", "dint3(s=2)"), List.of("rtn"), 0, null));
        assertTrue(e.getMessage().contains("dint3(s=2)"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> StudyConfig.miniLm(List.of("int4"), List.of("gptq"), 0, null));
        assertTrue(e.getMessage().contains("gptq"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> StudyConfig.miniLm(List.of(), List.of("rtn"), 0, null));
        assertTrue(e.getMessage().contains("no settings"), e.getMessage());
    }
}
