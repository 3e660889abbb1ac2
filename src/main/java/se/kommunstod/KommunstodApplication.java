package se.kommunstod;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class KommunstodApplication {
  public static void main(String[] args) {
    SpringApplication.run(KommunstodApplication.class, args);
  }
}
