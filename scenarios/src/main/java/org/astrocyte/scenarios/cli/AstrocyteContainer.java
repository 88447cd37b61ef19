package org.astrocyte.scenarios.cli;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.inject.Singleton;
import java.util.stream.Stream;
import org.astrocyte.agents.provider.ChatModelFactory;
import org.astrocyte.core.config.AstrocyteConfig;
import org.astrocyte.core.hazelcast.HazelcastProducer;
import org.astrocyte.scenarios.run.ScenarioRunner;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;

/**
 * The CDI container of one CLI invocation (Weld SE). Beans are listed explicitly rather than discovered: scanning
 * a class path with Hazelcast on it takes seconds (STACK.md).
 */
public final class AstrocyteContainer implements AutoCloseable {

    /** Every bean the CLI uses: the built-in providers ({@link ChatModelFactory#BUILT_IN}) and the services. */
    static final Class<?>[] BEANS = Stream.concat(
            Stream.of(HazelcastProducer.class, ChatModelFactory.class, ScenarioRunner.class),
            ChatModelFactory.BUILT_IN.stream()).toArray(Class<?>[]::new);

    private final WeldContainer container;

    private AstrocyteContainer(WeldContainer container) {
        this.container = container;
    }

    /** Starts a container whose beans see {@code config}. */
    public static AstrocyteContainer start(AstrocyteConfig config) {
        Weld weld = new Weld("astrocyte-" + System.identityHashCode(config))
                .disableDiscovery()
                .addBeanClasses(BEANS)
                .addExtension(new ConfigExtension(config));
        return new AstrocyteContainer(weld.initialize());
    }

    /** The bean of {@code type}. */
    public <T> T get(Class<T> type) {
        return container.select(type).get();
    }

    @Override
    public void close() {
        container.shutdown();
    }

    /** Makes the configuration an injectable singleton. */
    static final class ConfigExtension implements Extension {
        private final AstrocyteConfig config;

        ConfigExtension(AstrocyteConfig config) {
            this.config = config;
        }

        void addConfig(@Observes AfterBeanDiscovery event) {
            event.addBean().types(AstrocyteConfig.class, Object.class).scope(Singleton.class)
                    .createWith(context -> config);
        }
    }
}
