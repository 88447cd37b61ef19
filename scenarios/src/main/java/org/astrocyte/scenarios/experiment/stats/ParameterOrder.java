package org.astrocyte.scenarios.experiment.stats;

import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;

/**
 * The order of parameter settings: entry by entry in name order, names as text, values that read as numbers
 * numerically and before values that do not, which sort as text. A setting that is a prefix of another comes
 * first.
 */
final class ParameterOrder {

    /** Compares two parameter maps whose entries iterate in name order. */
    static final Comparator<Map<String, String>> SETTINGS = ParameterOrder::compareSettings;

    private ParameterOrder() {
    }

    private static int compareSettings(Map<String, String> left, Map<String, String> right) {
        Iterator<Map.Entry<String, String>> l = left.entrySet().iterator();
        Iterator<Map.Entry<String, String>> r = right.entrySet().iterator();
        while (l.hasNext() && r.hasNext()) {
            Map.Entry<String, String> a = l.next();
            Map.Entry<String, String> b = r.next();
            int byName = a.getKey().compareTo(b.getKey());
            if (byName != 0) {
                return byName;
            }
            int byValue = compareValues(a.getValue(), b.getValue());
            if (byValue != 0) {
                return byValue;
            }
        }
        return Boolean.compare(l.hasNext(), r.hasNext());
    }

    /** Compares two parameter values: numbers first and numerically (ties as text), then text. */
    private static int compareValues(String a, String b) {
        Double x = number(a);
        Double y = number(b);
        if (x != null && y != null) {
            int numerically = Double.compare(x, y);
            return numerically != 0 ? numerically : a.compareTo(b);
        }
        if (x != null || y != null) {
            return x != null ? -1 : 1;
        }
        return a.compareTo(b);
    }

    private static Double number(String text) {
        try {
            double value = Double.parseDouble(text.strip());
            return Double.isFinite(value) ? value : null;
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
