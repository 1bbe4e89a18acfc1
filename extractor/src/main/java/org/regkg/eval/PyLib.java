package org.regkg.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * How {@code score.py} sees JSON values, so the port decides and prints exactly as it does:
 * truthiness, {@code str()}, {@code round(x, 3)} and the shortest {@code repr()} of a float.
 */
public final class PyLib {
    private PyLib() {
    }

    /** Python truthiness of a JSON value: null, false, 0, "", [] and {} are false. */
    public static boolean truthy(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return false;
        }
        if (v.isBoolean()) {
            return v.asBoolean();
        }
        if (v.isNumber()) {
            return v.asDouble() != 0;
        }
        if (v.isTextual()) {
            return !v.asText().isEmpty();
        }
        return v.size() > 0;
    }

    /** A string field as the scorer uses it: absent or null is "", text is itself, else {@link #str}. */
    public static String text(JsonNode v) {
        return v == null || v.isNull() || v.isMissingNode() ? "" : str(v);
    }

    /**
     * Python's {@code str()} of a JSON value ("None", "True", "4", "4.0"); arrays and objects are
     * written as JSON, which is close to, not the same as, Python's repr of lists and dicts.
     */
    public static String str(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return "None";
        }
        if (v.isTextual()) {
            return v.asText();
        }
        if (v.isBoolean()) {
            return v.asBoolean() ? "True" : "False";
        }
        if (v.isIntegralNumber()) {
            return v.bigIntegerValue().toString();
        }
        if (v.isNumber()) {
            return floatRepr(v.asDouble());
        }
        return v.toString();
    }

    /** Python's {@code s[:n]}: the first {@code n} code points. */
    public static String head(String s, int n) {
        int count = s.codePointCount(0, s.length());
        return count <= n ? s : s.substring(0, s.offsetByCodePoints(0, n));
    }

    /** Python's {@code round(x, 3)}: the exact binary value rounded half-to-even. */
    public static double round3(double x) {
        return new BigDecimal(x).setScale(3, RoundingMode.HALF_EVEN).doubleValue();
    }

    /** Python's {@code repr(x)} of a float: the shortest digits that read back as {@code x}. */
    public static String floatRepr(double x) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        if (x == 0) {
            return 1 / x < 0 ? "-0.0" : "0.0";
        }
        BigDecimal exact = new BigDecimal(x);
        BigDecimal shortest = exact;
        for (int digits = 1; digits <= 17; digits++) {
            BigDecimal d = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
            if (d.doubleValue() == x) {
                shortest = d;
                break;
            }
        }
        shortest = shortest.stripTrailingZeros();
        String sign = shortest.signum() < 0 ? "-" : "";
        String digits = shortest.unscaledValue().abs().toString();
        int exponent = digits.length() - 1 - shortest.scale();
        if (exponent < -4 || exponent >= 16) {
            String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + String.format("%02d", Math.abs(exponent));
        }
        String plain = shortest.abs().toPlainString();
        return sign + (plain.contains(".") ? plain : plain + ".0");
    }
}
