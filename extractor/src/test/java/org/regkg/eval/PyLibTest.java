package org.regkg.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** Python's rounding, float repr and JSON text, as printed by python3. */
class PyLibTest {
    @Test
    void roundIsPythonsRoundOfTheExactBinaryValue() {
        assertThat(PyLib.round3(0.0005)).isEqualTo(0.001);
        assertThat(PyLib.round3(0.7685)).isEqualTo(0.768);
        assertThat(PyLib.round3(1.0 / 3)).isEqualTo(0.333);
        assertThat(PyLib.round3(0.1235)).isEqualTo(0.123);
        assertThat(PyLib.round3(0.0015)).isEqualTo(0.002);
    }

    @Test
    void floatReprIsTheShortestRoundTrip() {
        assertThat(PyLib.floatRepr(0.769)).isEqualTo("0.769");
        assertThat(PyLib.floatRepr(1.0)).isEqualTo("1.0");
        assertThat(PyLib.floatRepr(1e-05)).isEqualTo("1e-05");
        assertThat(PyLib.floatRepr(1.5e-05)).isEqualTo("1.5e-05");
        assertThat(PyLib.floatRepr(0.0001)).isEqualTo("0.0001");
        assertThat(PyLib.floatRepr(1e16)).isEqualTo("1e+16");
        assertThat(PyLib.floatRepr(123456789012345.6)).isEqualTo("123456789012345.6");
        assertThat(PyLib.floatRepr(0.1 + 0.2)).isEqualTo("0.30000000000000004");
        assertThat(PyLib.floatRepr(-2.5)).isEqualTo("-2.5");
        assertThat(PyLib.floatRepr(Double.MIN_VALUE)).isEqualTo("5e-324");
        assertThat(PyLib.floatRepr(Double.MAX_VALUE)).isEqualTo("1.7976931348623157e+308");
    }

    @Test
    void jsonIsWrittenAsPythonWritesIt() throws Exception {
        var v = new ObjectMapper().readTree("{\"a\": [1, 2.5, \"é😀\\n\"], \"b\": {}, \"c\": [], \"d\": null, \"e\": true}");
        assertThat(PyJsonWriter.compact().write(v))
                .isEqualTo("{\"a\": [1, 2.5, \"é😀\\n\"], \"b\": {}, \"c\": [], \"d\": null, \"e\": true}");
        assertThat(PyJsonWriter.indented().write(v)).isEqualTo("""
                {
                 "a": [
                  1,
                  2.5,
                  "\\u00e9\\ud83d\\ude00\\n"
                 ],
                 "b": {},
                 "c": [],
                 "d": null,
                 "e": true
                }""");
    }
}
