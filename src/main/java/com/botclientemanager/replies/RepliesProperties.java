package com.botclientemanager.replies;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Replies ({@code app.replies.*}): the defaults of the "Respostas dos clientes" settings, which override them once saved.
 *
 * @param optOutKeywords     words that switch the sender's reminders off (case, accents and surrounding text ignored)
 * @param resumeKeywords     words that switch them back on for a client who opted out
 * @param optOutConfirmation the answer sent once when a client opts out; empty: the default text in the message language
 * @param resumeConfirmation the answer sent when a client who opted out resumes; empty: the default text
 * @param pauseHours         how long automatic reminders to a client wait after the reseller wrote to them
 */
@Validated
@ConfigurationProperties("app.replies")
public record RepliesProperties(
        @NotEmpty @Size(max = 50) @DefaultValue({"SAIR", "PARAR", "CANCELAR", "STOP"}) List<@NotBlank String> optOutKeywords,
        @NotEmpty @Size(max = 50) @DefaultValue({"VOLTAR", "START"}) List<@NotBlank String> resumeKeywords,
        @Size(max = 1000) @DefaultValue("") String optOutConfirmation,
        @Size(max = 1000) @DefaultValue("") String resumeConfirmation,
        @Min(0) @Max(720) @DefaultValue("24") int pauseHours) {
}
