package uk.gov.justice.securityevents.transport.internal.file;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import uk.gov.justice.securityevents.transport.OutboundEvent;
import uk.gov.justice.securityevents.transport.internal.codec.NdjsonBuffer;

/**
 * Appends NDJSON lines to a file and rolls it by size: {@code file} is current, {@code file.1} the newest rolled,
 * {@code file.N} the oldest; the oldest is deleted when a roll would exceed {@code maxRolledFiles}. A roll happens
 * between lines, so every file holds whole lines; a file exceeds {@code maxFileSize} only when a single line does.
 * Not thread-safe: the pipeline's sender is the only caller.
 */
public final class RollingFileWriter implements AutoCloseable {

    private final Path file;
    private final long maxFileSize;
    private final int maxRolledFiles;
    private final NdjsonBuffer lines = new NdjsonBuffer();
    private FileChannel channel;
    private long size;

    /**
     * @param file           current file
     * @param maxFileSize    roll when the next line would make the file larger
     * @param maxRolledFiles how many rolled files to keep
     */
    public RollingFileWriter(Path file, long maxFileSize, int maxRolledFiles) {
        this.file = file;
        this.maxFileSize = maxFileSize;
        this.maxRolledFiles = maxRolledFiles;
    }

    /**
     * @param batch events to append, one line each
     * @throws IOException if writing or rolling fails
     */
    public void write(List<OutboundEvent> batch) throws IOException {
        ensureOpen();
        // Lines gather in a reused buffer and go out in one write per file: not two system calls per event.
        lines.clear();
        for (OutboundEvent e : batch) {
            long line = e.jsonLength() + 1L;
            if (size + lines.length() > 0 && size + lines.length() + line > maxFileSize) {
                flush();
                roll();
            }
            lines.append(e);
        }
        flush();
    }

    private void flush() throws IOException {
        ByteBuffer out = ByteBuffer.wrap(lines.array(), 0, lines.length());
        while (out.hasRemaining()) {
            channel.write(out);
        }
        size += lines.length();
        lines.clear();
    }

    private void ensureOpen() throws IOException {
        if (channel != null) {
            return;
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        createOwnerOnly();
        channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        size = channel.size();
    }

    /** Security events may carry personal data: new files are readable by their owner only, where POSIX allows. */
    private void createOwnerOnly() throws IOException {
        if (Files.exists(file)) {
            return;
        }
        try {
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
        } catch (FileAlreadyExistsException raced) {
            // created meanwhile: append to it
        }
    }

    private void roll() throws IOException {
        closeChannel();
        if (maxRolledFiles == 0) {
            Files.deleteIfExists(file);
        } else {
            Files.deleteIfExists(rolled(maxRolledFiles));
            for (int i = maxRolledFiles - 1; i >= 1; i--) {
                if (Files.exists(rolled(i))) {
                    Files.move(rolled(i), rolled(i + 1), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            Files.move(file, rolled(1), StandardCopyOption.REPLACE_EXISTING);
        }
        ensureOpen();
    }

    /**
     * @param n 1 for the newest rolled file
     * @return its path
     */
    public Path rolled(int n) {
        return file.resolveSibling(file.getFileName() + "." + n);
    }

    private void closeChannel() throws IOException {
        if (channel != null) {
            try {
                channel.close();
            } finally {
                channel = null;
            }
        }
    }

    /** Closes the current file; the next write reopens it. */
    @Override
    public void close() {
        try {
            closeChannel();
        } catch (IOException ignored) {
            // nothing useful to do: the data was already written
        }
    }
}
