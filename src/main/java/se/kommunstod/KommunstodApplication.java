package se.kommunstod;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import se.kommunstod.startup.StartupSteps;

@SpringBootApplication
public class KommunstodApplication {
  public static void main(String[] args) {
    SpringApplication application = new SpringApplication(KommunstodApplication.class);
    StartupSteps.recordIfAsked(application);
    application.run(args);
  }
}
