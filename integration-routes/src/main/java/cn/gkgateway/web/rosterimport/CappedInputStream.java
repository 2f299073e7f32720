package cn.gkgateway.web.rosterimport;

import cn.gkgateway.shared.DomainException;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Stops reading an upload past {@code max} bytes with {@link TooLarge}; {@link #refusal()} is then FILE_TOO_LARGE. */
final class CappedInputStream extends FilterInputStream {

    private final long max;
    private long count;

    CappedInputStream(InputStream in, long max) {
        super(in);
        this.max = max;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(int n) throws TooLarge {
        count += n;
        if (count > max) {
            throw new TooLarge(max);
        }
    }

    boolean overLimit() {
        return count > max;
    }

    DomainException refusal() {
        return new DomainException(DomainException.Kind.INVALID, "FILE_TOO_LARGE",
                "上传的文件过大（不能超过" + max / (1024 * 1024) + "MB），请分批导入");
    }

    static final class TooLarge extends IOException {
        TooLarge(long max) {
            super("upload larger than " + max + " bytes");
        }
    }
}
