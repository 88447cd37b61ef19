package org.astrocyte.simulator.nir;

/**
 * A directed edge of a {@link NirGraph}: the output of node {@code source} feeds the input of node {@code target}.
 * NIR edges are identities: they carry no weight or delay of their own.
 *
 * @param source name of the sending node in the same graph
 * @param target name of the receiving node in the same graph
 */
public record NirEdge(String source, String target) {

    /** Checks that both names are given. */
    public NirEdge {
        NirNames.requireNodeName(source, "source");
        NirNames.requireNodeName(target, "target");
    }

    @Override
    public String toString() {
        return source + " -> " + target;
    }
}
