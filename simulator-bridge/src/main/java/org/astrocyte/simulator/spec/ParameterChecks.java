package org.astrocyte.simulator.spec;

/** Range checks shared by the neuron models; messages name the owner and the parameter as written in files. */
final class ParameterChecks {

    private final String owner;

    ParameterChecks(String owner) {
        this.owner = owner;
    }

    ParameterChecks finite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new InvalidNetworkException(owner + ": " + name + " must be finite, got " + value);
        }
        return this;
    }

    ParameterChecks positive(String name, double value, String unit) {
        finite(name, value);
        if (value <= 0) {
            throw new InvalidNetworkException(owner + ": " + name + " must be positive, got " + value + " " + unit);
        }
        return this;
    }

    ParameterChecks notNegative(String name, double value, String unit) {
        finite(name, value);
        if (value < 0) {
            throw new InvalidNetworkException(owner + ": " + name + " must not be negative, got " + value + " "
                    + unit);
        }
        return this;
    }

    ParameterChecks below(String lowName, double low, String highName, double high) {
        finite(lowName, low).finite(highName, high);
        if (low >= high) {
            throw new InvalidNetworkException(owner + ": " + highName + " " + high + " mV must be above " + lowName
                    + " " + low + " mV");
        }
        return this;
    }

    /** Requires {@code low < high}, both finite. */
    ParameterChecks ordered(String lowName, double low, String highName, double high) {
        finite(lowName, low).finite(highName, high);
        if (low >= high) {
            fail(highName + " " + high + " must be above " + lowName + " " + low);
        }
        return this;
    }

    void fail(String problem) {
        throw new InvalidNetworkException(owner + ": " + problem);
    }
}
