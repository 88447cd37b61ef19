package org.astrocyte.scenarios.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.astrocyte.memory.encoder.EpisodeEncoder;
import org.astrocyte.memory.store.Episode;
import org.astrocyte.memory.store.LocalEpisodicMemory;
import org.astrocyte.memory.store.RecallQuery;
import org.astrocyte.memory.store.Recollection;
import org.astrocyte.scenarios.memory.MemoryArchive;
import org.astrocyte.scenarios.memory.MemoryStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code astrocyte memory DIR query|stats|export|import}: looks into what agents remembered. */
@Command(name = "memory", description = "Look into a memory database (a run's output folder or a folder holding "
        + "memory.db).", subcommands = {MemoryCommand.Stats.class, MemoryCommand.Query.class,
        MemoryCommand.Export.class, MemoryCommand.Import.class})
final class MemoryCommand {

    @Parameters(index = "0", paramLabel = "DIR", description = "A run's output folder, or a folder with memory.db.")
    private Path dir;

    @Option(names = "--map", paramLabel = "NAME", description = "The map to read (default: the only one).")
    private String map;

    @Spec
    private CommandSpec spec;

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** Counts, agents, time range, tags and code sizes of a map. */
    @Command(name = "stats", description = "What the memory holds: episodes, agents, time range, tags, codes.")
    static final class Stats implements Callable<Integer> {
        @ParentCommand
        private MemoryCommand parent;

        @Override
        public Integer call() {
            try (MemoryArchive archive = MemoryArchive.open(parent.dir)) {
                parent.out().printf("%s%n", archive.file());
                for (String name : parent.map == null ? archive.maps() : List.of(archive.map(parent.map))) {
                    parent.out().print(MemoryStats.of(name, archive.episodes(name)).format());
                    parent.out().flush();
                }
            }
            return 0;
        }
    }

    /** The episodes whose notes best match some words. */
    @Command(name = "query", description = "Recall the episodes whose notes best match TEXT, best first.")
    static final class Query implements Callable<Integer> {
        @ParentCommand
        private MemoryCommand parent;

        @Parameters(index = "0", paramLabel = "TEXT", description = "Words to look for.")
        private String text;

        @Option(names = "-k", defaultValue = "10", description = "Most episodes shown (default: ${DEFAULT-VALUE}).")
        private int k;

        @Option(names = "--agent", paramLabel = "ID", description = "Only episodes of this agent.")
        private String agent;

        @Option(names = "--tag", paramLabel = "TAG", description = "Only episodes with this tag (repeatable).")
        private List<String> tags = List.of();

        @Override
        public Integer call() {
            EpisodeEncoder encoder = EpisodeEncoder.defaults();
            try (MemoryArchive archive = MemoryArchive.open(parent.dir)) {
                String name = archive.map(parent.map);
                LocalEpisodicMemory memory = new LocalEpisodicMemory(encoder.layout());
                List<Episode> episodes = archive.episodes(name).episodes();
                for (Episode episode : episodes) {
                    if (episode.code().size() != encoder.size()) {
                        throw new IllegalArgumentException("episode " + episode.id() + " has a code of "
                                + episode.code().size() + " bits, not the " + encoder.size()
                                + " of the scenario encoder: query it from code with its own encoder");
                    }
                    memory.store(episode);
                }
                RecallQuery.Builder query = RecallQuery.builder(encoder.textCue(text)).k(k).tags(tags);
                if (agent != null) {
                    query.agent(agent);
                }
                List<Recollection> hits = memory.recall(query.build());
                PrintWriter out = parent.out();
                out.printf(Locale.ROOT, "%d of %d episodes in %s match '%s'%n", hits.size(), episodes.size(), name,
                        text);
                for (Recollection hit : hits) {
                    Episode e = hit.episode();
                    out.printf(Locale.ROOT, "%-24s %-12s %9.3f s  %-28s %s%n", e.id(), e.agentId(),
                            e.timeMicros() / 1e6, hit.reason(), e.payloadJson().path("note").asText(e.payload()));
                }
            }
            return 0;
        }
    }

    /** Every episode as JSON Lines. */
    @Command(name = "export", description = "Write every episode of a map as JSON Lines (the stored form).")
    static final class Export implements Callable<Integer> {
        @ParentCommand
        private MemoryCommand parent;

        @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of the terminal.")
        private Path file;

        @Override
        public Integer call() throws Exception {
            try (MemoryArchive archive = MemoryArchive.open(parent.dir)) {
                String name = archive.map(parent.map);
                if (file == null) {
                    Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
                    archive.export(name, out);
                } else {
                    Path partial = file.resolveSibling(file.getFileName() + ".partial");
                    int written;
                    try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                        written = archive.export(name, out);
                    }
                    Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                            java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                    parent.out().printf("exported %d episodes of %s to %s%n", written, name, file);
                }
            }
            return 0;
        }
    }

    /** Episodes from JSON Lines, all or nothing. */
    @Command(name = "import", description = "Add the episodes of a JSON Lines file to a map (all or nothing).")
    static final class Import implements Callable<Integer> {
        @ParentCommand
        private MemoryCommand parent;

        @Parameters(index = "0", paramLabel = "FILE", description = "JSON Lines, one stored episode per line.")
        private Path file;

        @Override
        public Integer call() throws Exception {
            Files.createDirectories(parent.dir);
            Path db = parent.dir.resolve(org.astrocyte.memory.durable.MemoryDatabase.SQLITE_FILE);
            if (!Files.exists(db) && !Files.exists(parent.dir.resolve("memory"))) {
                org.astrocyte.memory.durable.MemoryDatabase.sqlite(parent.dir).close();
            }
            try (MemoryArchive archive = MemoryArchive.open(parent.dir)) {
                String name = parent.map != null ? parent.map : archive.maps().isEmpty() ? "astrocyte.memory"
                        : archive.map(null);
                int count = archive.importFrom(file, name);
                parent.out().printf("imported %d episodes into %s of %s%n", count, name, archive.file());
            }
            return 0;
        }
    }
}
