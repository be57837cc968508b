package io.payerid.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class PayerIdApplication {

    public static void main(String[] args) {
        SpringApplication.run(PayerIdApplication.class, args);
    }
}
