package com.allocar.admin.export;

import java.io.IOException;
import java.io.OutputStream;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/** A file answered to staff: its type, an attachment name, never cached (money data on a shared computer). */
public final class Downloads {

    private Downloads() {
    }

    /** @param name the file name without extension; only letters, digits, '-', '_' and '.' are kept (':' is not allowed on Windows) */
    public static OutputStream start(HttpServletResponse response, ExportFormat format, String name) throws IOException {
        response.setContentType(format.mediaType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(name.replaceAll("[^A-Za-z0-9._-]", "-") + "." + format.extension()).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        return response.getOutputStream();
    }
}
