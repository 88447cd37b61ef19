package org.astrocyte.scenarios.world;

/**
 * A steady odour source at ({@code x}, {@code y}) metres: a Gaussian plume, so that an antenna at distance d (metres)
 * reads {@code strength · exp(−d² / (2σ²))} with σ = {@code sigma} metres (the steady profile of a source with
 * diffusion and decay, where σ is the diffusion length). Odour passes through obstacles. The {@code id} names it in
 * messages.
 */
public record ChemicalSource(String id, double x, double y, double strength, double sigma) {

    /** Checks a non-blank id, a finite position, a strength of zero or more and a positive sigma. */
    public ChemicalSource {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a chemical source needs a non-blank id");
        }
        Finite.require("chemical '" + id + "' x", x);
        Finite.require("chemical '" + id + "' y", y);
        Finite.requireNonNegative("chemical '" + id + "' strength", strength, "");
        Finite.requirePositive("chemical '" + id + "' sigma", sigma, "m");
    }
}
