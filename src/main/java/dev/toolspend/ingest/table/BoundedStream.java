package dev.toolspend.ingest.table;

import dev.toolspend.model.Message;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** A stream that refuses to give more than a number of bytes: the part of a workbook read is over a limit. */
final class BoundedStream extends FilterInputStream {

    private final long limit;
    private final Message overLimit;
    private long count;

    BoundedStream(InputStream in, long limit, Message overLimit) {
        super(in);
        this.limit = limit;
        this.overLimit = overLimit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        counted(skipped);
        return skipped;
    }

    private void counted(long n) throws UnreadableFileException {
        count += n;
        if (count > limit) {
            throw new UnreadableFileException(Message.of("read.overLimit", overLimit), null);
        }
    }
}
