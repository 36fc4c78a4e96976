package com.botclientemanager.whatsapp.internal;

import com.botclientemanager.whatsapp.MediaDownloadException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;

/** A response body read up to a hard limit: a longer one is refused after {@code limit + 1} bytes, not read to its end. */
final class LimitedBody {

    private static final int CHUNK = 64 * 1024;

    private LimitedBody() {
    }

    static byte[] bytes(Response response, long limit) throws IOException {
        ResponseBody body = response.body();
        if (body.contentLength() > limit) {
            throw tooLarge(limit);
        }
        BufferedSource source = body.source();
        Buffer buffer = new Buffer();
        while (buffer.size() <= limit) {
            long read = source.read(buffer, Math.min(CHUNK, limit + 1 - buffer.size()));
            if (read == -1) {
                return buffer.readByteArray();
            }
        }
        throw tooLarge(limit);
    }

    static String text(Response response, long limit) throws IOException {
        return new String(bytes(response, limit), StandardCharsets.UTF_8);
    }

    private static MediaDownloadException tooLarge(long limit) {
        return new MediaDownloadException("file larger than " + limit + " bytes", false);
    }
}
