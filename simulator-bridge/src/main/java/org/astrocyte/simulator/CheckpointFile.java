package org.astrocyte.simulator;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;
import org.astrocyte.simulator.engine.Engine;

/**
 * The file a {@link SimulatorSession} checkpoint lives in: a header (format, version, the network's fingerprint and
 * name), the engine's state, and a CRC-32 of all of it. It is written to a temporary file beside the target and
 * moved into place, so that a crash while writing leaves the previous checkpoint intact; a truncated or altered
 * file, or one written for another network or seed, is refused with a message that says which.
 */
final class CheckpointFile {

    private static final byte[] MAGIC = "astrocyte-simulator-checkpoint\n".getBytes(
            java.nio.charset.StandardCharsets.US_ASCII);
    private static final int VERSION = 1;

    private CheckpointFile() {
    }

    static void write(Path file, String network, Engine engine) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        CRC32 crc = new CRC32();
        try (OutputStream raw = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16);
                DataOutputStream out = new DataOutputStream(new CheckedOutputStream(raw, crc))) {
            out.write(MAGIC);
            out.writeInt(VERSION);
            out.writeLong(engine.fingerprint());
            out.writeUTF(network);
            engine.saveState(out);
            out.flush();
            new DataOutputStream(raw).writeLong(crc.getValue());
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static void read(Path file, String network, Engine engine) throws IOException {
        CRC32 crc = new CRC32();
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
                DataInputStream in = new DataInputStream(new CheckedInputStream(raw, crc))) {
            if (!java.util.Arrays.equals(MAGIC, in.readNBytes(MAGIC.length))) {
                throw new IOException(file + " is not an Astrocyte simulator checkpoint");
            }
            int version = in.readInt();
            if (version != VERSION) {
                throw new IOException(file + " is a checkpoint of format " + version + "; this version reads "
                        + VERSION);
            }
            long fingerprint = in.readLong();
            String savedNetwork = in.readUTF();
            if (fingerprint != engine.fingerprint()) {
                throw new IllegalArgumentException(file + " was written for network '" + savedNetwork + "' with a"
                        + " different spec or seed than this session's network '" + network + "'; resume with the"
                        + " spec and seed it was written with");
            }
            engine.loadState(in);
            long computed = crc.getValue();
            if (new DataInputStream(raw).readLong() != computed) {
                throw new IOException(file + " is damaged (checksum mismatch)");
            }
        } catch (NoSuchFileException e) {
            throw new IOException(file + ": no such checkpoint", e);
        } catch (EOFException e) {
            throw new IOException(file + " ends early: the checkpoint is incomplete", e);
        }
    }
}
