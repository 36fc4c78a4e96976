package com.botclientemanager.paylinks;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The client's payment page ({@code app.paylinks.*}).
 *
 * @param receiptMaxSize  the largest receipt a client may upload with "Já paguei"; a larger request is refused before
 *                        its body is read. Spring's multipart limits ({@code spring.servlet.multipart.*}) must allow it
 * @param requestsPerMinute how many page requests one address may make per minute before it gets "429"
 */
@Validated
@ConfigurationProperties("app.paylinks")
public record PayLinksProperties(@DefaultValue("10MB") DataSize receiptMaxSize,
        @Min(1) @Max(10_000) @DefaultValue("30") int requestsPerMinute) {
}
