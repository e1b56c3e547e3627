package dintsim.models.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class NameListsTest {
    @Test
    void commasInsideParametersDoNotSplit() {
        assertArrayEquals(new String[] {"int4", "dint4(s=0.25,zero=false)", "fp4"},
                "int4,dint4(s=0.25,zero=false),fp4".split(NameLists.SPLIT));
        assertArrayEquals(new String[] {"int8xint8", "dint4(s=0.5,zero=false)xint8"},
                "int8xint8,dint4(s=0.5,zero=false)xint8".split(NameLists.SPLIT));
    }
}
