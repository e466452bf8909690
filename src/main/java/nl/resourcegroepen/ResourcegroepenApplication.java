package nl.resourcegroepen;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The resourcegroepen service: the method as processes on an embedded Camunda 7 engine. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class ResourcegroepenApplication {

  public static void main(String[] args) {
    SpringApplication.run(ResourcegroepenApplication.class, args);
  }
}
