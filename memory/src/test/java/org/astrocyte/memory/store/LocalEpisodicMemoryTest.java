package org.astrocyte.memory.store;

class LocalEpisodicMemoryTest extends EpisodicMemoryContract {

    @Override
    protected EpisodicMemory createMemory() {
        return new LocalEpisodicMemory(encoder.layout());
    }
}
