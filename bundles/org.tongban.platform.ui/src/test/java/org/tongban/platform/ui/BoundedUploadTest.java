package org.tongban.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** An upload is read up to its limit and no further, whatever size the browser claimed. */
class BoundedUploadTest {

    @Test
    void aFileWithinTheLimitIsReadWhole() throws IOException {
        byte[] content = new byte[100_000];
        content[99_999] = 7;

        assertThat(BoundedUpload.readAtMost(new ByteArrayInputStream(content), 100_000))
                .hasValueSatisfying(read -> assertThat(read).isEqualTo(content));
    }

    @Test
    void aFileOverTheLimitIsRefusedWithoutReadingItAll() throws IOException {
        CountingStream endless = new CountingStream();

        assertThat(BoundedUpload.readAtMost(endless, 1000)).isEmpty();
        assertThat(endless.read).isLessThan(200_000);
    }

    @Test
    void anEmptyFileIsEmpty() throws IOException {
        assertThat(BoundedUpload.readAtMost(new ByteArrayInputStream(new byte[0]), 10))
                .hasValueSatisfying(read -> assertThat(read).isEmpty());
    }

    /** A stream that never ends, counting what was taken from it. */
    private static final class CountingStream extends InputStream {
        long read;

        @Override
        public int read() {
            read++;
            return 1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            read += len;
            return len;
        }
    }
}
