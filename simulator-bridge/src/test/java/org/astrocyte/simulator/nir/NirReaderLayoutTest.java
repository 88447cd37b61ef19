package org.astrocyte.simulator.nir;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.DatasetCreationOptions;
import io.jhdf.api.WritableGroup;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NirReaderLayoutTest {

    @TempDir
    Path dir;

    @Test
    void should_read_gzip_compressed_parameters_as_current_nir_writes_them() {
        // given: NIR's Python writer gzips every array
        DatasetCreationOptions gzip = DatasetCreationOptions.builder().deflate(4).build();
        Path file = dir.resolve("gzip.nir");
        try (WritableHdfFile hdf = HdfFile.write(file)) {
            WritableGroup node = hdf.putGroup("node");
            node.putDataset("type", "NIRGraph");
            node.putDataset("edges", new String[][] {{"in", "li"}});
            WritableGroup nodes = node.putGroup("nodes");
            WritableGroup in = nodes.putGroup("in");
            in.putDataset("type", "Input");
            in.putDataset("shape", new long[] {3}, gzip);
            WritableGroup li = nodes.putGroup("li");
            li.putDataset("type", "LI");
            li.putDataset("tau", new double[] {0.01, 0.02, 0.03}, gzip);
            li.putDataset("r", new double[] {1, 1, 1}, gzip);
            li.putDataset("v_leak", new double[] {0, 0, 0}, gzip);
            li.putGroup("metadata").putGroup("origin").putDataset("tool", "test");
        }
        // when
        NirGraph graph = NirReader.read(file);
        // then
        assertEquals(new NirGraph(Map.of("in", new NirNode.Input(NirArray.int64(3)),
                "li", new NirNode.LI(NirArray.float64(0.01, 0.02, 0.03), NirArray.float64(1, 1, 1),
                        NirArray.float64(0, 0, 0), Map.of("origin/tool", new NirText("test")))),
                List.of(new NirEdge("in", "li"))), graph);
    }
}
