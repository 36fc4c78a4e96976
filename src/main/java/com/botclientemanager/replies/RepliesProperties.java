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
 * Replies ({@code app.replies.*}).
 *
 * @param optOutKeywords     words that switch the sender's reminders off (case, accents and surrounding text ignored)
 * @param resumeKeywords     words that switch them back on for a client who opted out
 * @param optOutConfirmation the answer sent once when a client opts out
 * @param resumeConfirmation the answer sent when a client who opted out resumes
 * @param pauseHours         how long automatic reminders to a client wait after the reseller wrote to them
 */
@Validated
@ConfigurationProperties("app.replies")
public record RepliesProperties(
        @NotEmpty @Size(max = 50) @DefaultValue({"SAIR", "PARAR", "CANCELAR", "STOP"}) List<@NotBlank String> optOutKeywords,
        @NotEmpty @Size(max = 50) @DefaultValue({"VOLTAR", "START"}) List<@NotBlank String> resumeKeywords,
        @NotBlank @Size(max = 1000) @DefaultValue("Pronto! Você não vai mais receber lembretes automáticos. "
                + "Para voltar a receber, responda VOLTAR.") String optOutConfirmation,
        @NotBlank @Size(max = 1000) @DefaultValue("Pronto! Você voltará a receber os lembretes automáticos.")
        String resumeConfirmation,
        @Min(0) @Max(720) @DefaultValue("24") int pauseHours) {
}
