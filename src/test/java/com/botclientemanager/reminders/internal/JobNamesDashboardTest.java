package com.botclientemanager.reminders.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.botclientemanager.reminders.PlannedReminder;
import com.botclientemanager.reminders.ReminderKey;
import com.botclientemanager.testing.RunningAppTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What a reseller reads on "Tarefas agendadas": job names and tags in the message language, never class names. */
class JobNamesDashboardTest extends RunningAppTest {

    private final HttpClient http = HttpClient.newHttpClient();
    @Autowired
    private ReminderDispatcher dispatcher;

    @Test
    void aReminderJobReadsAsAReminderForTheClientWithWordsAsTags() throws Exception {
        LocalDate due = LocalDate.now().plusDays(3);
        UUID key = ReminderKey.of("no-such-client", due, "before_due", -3);
        dispatcher.dispatch(new PlannedReminder(key, "no-such-client", "Maria Santos", "5511900000001", "before-3",
                "before_due", -3, due, due.minusDays(3), due.minusDays(3).atTime(9, 0).atZone(ZoneId.of("America/Sao_Paulo"))));

        JsonNode job = json("/jobs/api/jobs/" + key);
        assertThat(job.path("jobName").asString()).isEqualTo("Lembrete de vencimento (3 dias antes) — Maria Santos");
        assertThat(job.path("labels").valueStream().map(JsonNode::asString))
                .containsExactly("lembrete", "Antes do vencimento");
    }

    @Test
    void theRecurringReminderCheckHasAName() throws Exception {
        JsonNode page = json("/jobs/api/recurring-jobs?offset=0&limit=20");
        assertThat(page.path("items").valueStream().map(j -> j.path("jobName").asString()))
                .contains("Verificação dos lembretes do dia")
                .noneMatch(name -> name.contains("ReminderSweep") || name.contains("sweep"));
    }

    private JsonNode json(String path) throws Exception {
        String basic = "Basic " + Base64.getEncoder().encodeToString((ADMIN + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .header("Accept", "application/json").header("Authorization", basic).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JsonMapper.shared().readTree(response.body());
    }
}
