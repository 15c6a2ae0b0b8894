package io.github.fakexendit.examples.springboot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** A shop that takes payment for its orders through Xendit's Payment Sessions API. */
@SpringBootApplication
@EnableConfigurationProperties(XenditProperties.class)
public class ShopApplication {

    public static void main(String[] args) {
        SpringApplication.run(ShopApplication.class, args);
    }
}
