package com.botclientemanager;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/** Bot Cliente Manager: clients, renewals and WhatsApp payment reminders for IPTV/VPN resellers. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class App {

    /** The one clock the app reads the time from, so tests can move it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(App.class);
        StartupProfile.attachIfAsked(application);
        application.addListeners(new SpringAotGuard());
        application.run(args);
    }
}
