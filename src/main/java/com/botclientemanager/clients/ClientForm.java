package com.botclientemanager.clients;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.util.UUID;

/**
 * What the client form edits, with its rules. Messages are i18n keys in braces ({@code {clients.validation.…}}); the form
 * shows them in the user's language. The phone is checked by {@link PhoneNumbers} when typed, and held here as digits.
 */
public class ClientForm {

    private static final LocalTime NINE = LocalTime.of(9, 0);

    @NotBlank(message = "{clients.validation.name.required}")
    @Size(max = 100, message = "{clients.validation.name.size}")
    private String name = "";

    @NotBlank(message = "{clients.validation.phone.invalid}")
    private String phone = "";

    @NotNull(message = "{clients.validation.service.required}")
    private ServiceType service = ServiceType.IPTV;

    @Size(max = 40, message = "{clients.validation.service-other.size}")
    private String otherService = "";

    @Size(max = 60, message = "{clients.validation.plan.size}")
    private String planName = "";

    /** The catalogue plan's id, empty for none (the client then keeps its own plan name). */
    private String planId = "";

    @NotNull(message = "{clients.validation.value.required}")
    @DecimalMin(value = "0.01", message = "{clients.validation.value.positive}")
    @Digits(integer = 7, fraction = 2, message = "{clients.validation.value.digits}")
    private BigDecimal value;

    @NotNull(message = "{clients.validation.due-date.required}")
    private LocalDate dueDate;

    @NotNull(message = "{clients.validation.renewal.required}")
    private RenewalPeriod renewal = RenewalPeriod.MONTHLY;

    @Min(value = 1, message = "{clients.validation.renewal-days.range}")
    @Max(value = 3650, message = "{clients.validation.renewal-days.range}")
    private Integer renewalDays = 30;

    private boolean remindersEnabled = true;

    private boolean active = true;

    @NotNull(message = "{clients.validation.time.required}")
    private LocalTime reminderTimeBeforeDue = NINE;

    @NotNull(message = "{clients.validation.time.required}")
    private LocalTime reminderTimeDueDay = NINE;

    @Size(max = 2000, message = "{clients.validation.message.size}")
    private String customMessageBeforeDue = "";

    @Size(max = 2000, message = "{clients.validation.message.size}")
    private String customMessageDueDay = "";

    @Size(max = 2000, message = "{clients.validation.notes.size}")
    private String notes = "";

    /** The older bot's {@code server} (the panel the client's account is on), free text. */
    @Size(max = 60, message = "{clients.validation.server.size}")
    private String server = "";

    /** An empty form for a new client, both reminder times at the default time ({@link ClientSettings#reminderTime()}). */
    public static ClientForm blank(LocalTime reminderTime) {
        ClientForm form = new ClientForm();
        form.reminderTimeBeforeDue = reminderTime;
        form.reminderTimeDueDay = reminderTime;
        return form;
    }

    /** The form filled with a stored client; a reminder time the client does not have shows {@code defaultTime}. */
    public static ClientForm of(Client client, LocalTime defaultTime) {
        ClientForm form = new ClientForm();
        form.name = nonNull(client.name());
        form.phone = nonNull(client.phone());
        form.service = ServiceType.of(client.service());
        form.otherService = form.service == ServiceType.OTHER ? nonNull(client.service()) : "";
        form.planName = nonNull(client.planName());
        form.planId = nonNull(client.billingOrNone().planId());
        form.value = client.value();
        form.dueDate = client.dueDate();
        form.renewal = RenewalPeriod.of(client.renewalPeriod());
        form.renewalDays = form.renewal == RenewalPeriod.DAYS && client.renewalPeriod() != null
                ? Math.max(1, client.renewalPeriod().getDays() + (int) client.renewalPeriod().toTotalMonths() * 30) : 30;
        form.remindersEnabled = client.remindersEnabled();
        form.active = client.active();
        form.reminderTimeBeforeDue = client.reminderTimeBeforeDue() == null ? defaultTime : client.reminderTimeBeforeDue();
        form.reminderTimeDueDay = client.reminderTimeDueDay() == null ? defaultTime : client.reminderTimeDueDay();
        form.customMessageBeforeDue = nonNull(client.customMessageBeforeDue());
        form.customMessageDueDay = nonNull(client.customMessageDueDay());
        form.notes = nonNull(client.notes());
        form.server = nonNull(client.server());
        return form;
    }

    /** The client this form describes: {@code existing} updated, or a new client when {@code existing} is null. */
    public Client toClient(Client existing, LocalDateTime now) {
        String id = existing == null ? UUID.randomUUID().toString() : existing.id();
        LocalDateTime createdAt = existing == null ? now : existing.createdAt();
        boolean notOnWhatsApp = existing != null && existing.notOnWhatsApp() && phone.equals(existing.phone());
        Period period = renewal.period(renewalDays);
        // a client without a server keeps none in the file (no "server": ""); a cleared one is written back empty
        String serverText = nonNull(server).strip();
        String storedServer = existing == null ? null : existing.server();
        Billing billing = existing == null ? Billing.NONE : existing.billingOrNone();
        if (existing != null && existing.value() != null && value != null && value.compareTo(existing.value()) != 0) {
            billing = billing.withNextValue(null); // a price typed now replaces one waiting for the next renewal
        }
        return new Client(id, name.strip(), phone, serviceText(), value, dueDate, reminderTimeBeforeDue,
                reminderTimeDueDay, nonNull(customMessageBeforeDue), nonNull(customMessageDueDay), createdAt,
                nonNull(planName).strip(), nonNull(notes), active, remindersEnabled, period, notOnWhatsApp,
                serverText.isEmpty() && storedServer == null ? null : serverText, null, billing.withPlanId(planId));
    }

    /** The service as stored: IPTV, VPN, or the free text of "Outro". */
    String serviceText() {
        if (service == null) {
            return null;
        }
        if (service == ServiceType.OTHER) {
            String other = nonNull(otherService).strip();
            return other.isEmpty() ? "Outro" : other;
        }
        return service.name();
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public ServiceType getService() { return service; }
    public void setService(ServiceType service) { this.service = service; }
    public String getOtherService() { return otherService; }
    public void setOtherService(String otherService) { this.otherService = otherService; }
    public String getPlanName() { return planName; }
    public void setPlanName(String planName) { this.planName = planName; }
    public String getPlanId() { return planId; }
    public void setPlanId(String planId) { this.planId = planId == null ? "" : planId; }
    public BigDecimal getValue() { return value; }
    public void setValue(BigDecimal value) { this.value = value; }
    public LocalDate getDueDate() { return dueDate; }
    public void setDueDate(LocalDate dueDate) { this.dueDate = dueDate; }
    public RenewalPeriod getRenewal() { return renewal; }
    public void setRenewal(RenewalPeriod renewal) { this.renewal = renewal; }
    public Integer getRenewalDays() { return renewalDays; }
    public void setRenewalDays(Integer renewalDays) { this.renewalDays = renewalDays; }
    public boolean isRemindersEnabled() { return remindersEnabled; }
    public void setRemindersEnabled(boolean remindersEnabled) { this.remindersEnabled = remindersEnabled; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public LocalTime getReminderTimeBeforeDue() { return reminderTimeBeforeDue; }
    public void setReminderTimeBeforeDue(LocalTime time) { this.reminderTimeBeforeDue = time; }
    public LocalTime getReminderTimeDueDay() { return reminderTimeDueDay; }
    public void setReminderTimeDueDay(LocalTime time) { this.reminderTimeDueDay = time; }
    public String getCustomMessageBeforeDue() { return customMessageBeforeDue; }
    public void setCustomMessageBeforeDue(String message) { this.customMessageBeforeDue = message; }
    public String getCustomMessageDueDay() { return customMessageDueDay; }
    public void setCustomMessageDueDay(String message) { this.customMessageDueDay = message; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
    public String getServer() { return server; }
    public void setServer(String server) { this.server = server; }
}
