package nl.resourcegroepen.deployment.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The service under test reads its diagrams and forms from a copy of processes/ and forms/ in a
 * temporary folder, because these tests deploy changed models: the real folders stay untouched.
 * One copy per JVM (the tests in this package share one application context, and so do the browser tests).
 */
public class TemporaryModelFolders implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  static final Path ROOT = copy();

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    TestPropertyValues.of(
        "resourcegroepen.models.processes-dir=" + ROOT.resolve("processes"),
        "resourcegroepen.models.forms-dir=" + ROOT.resolve("forms")).applyTo(context);
  }

  /** The folder that holds the copies of processes/ and forms/. */
  public static Path root() {
    return ROOT;
  }

  /** A file of the copy as it is now, e.g. {@code processes/planning.bpmn}. */
  static String read(String file) {
    try {
      return Files.readString(ROOT.resolve(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static boolean exists(String file) {
    return Files.exists(ROOT.resolve(file));
  }

  /** A file of the copy with one text replaced; fails when the text is not there, so the test cannot pass by accident. */
  static byte[] edit(String file, String from, String to) {
    String content = read(file);
    assertThat(content).as("%s contains the text to change", file).contains(from);
    return content.replace(from, to).getBytes(StandardCharsets.UTF_8);
  }

  /** Like {@link #edit} with a regular expression, replacing every match. */
  static byte[] editAll(String file, String regex, String replacement) {
    String content = read(file);
    String changed = content.replaceAll(regex, replacement);
    assertThat(changed).as("%s contains %s", file, regex).isNotEqualTo(content);
    return changed.getBytes(StandardCharsets.UTF_8);
  }

  /** Every file of the copy with a digest of its content: to show that nothing was written. */
  static Map<String, String> snapshot() {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(ROOT)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
        files.put(ROOT.relativize(file).toString(), HexFormat.of().formatHex(digest));
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    return files;
  }

  static byte[] zip(Map<String, byte[]> files) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> file : files.entrySet()) {
        zip.putNextEntry(new ZipEntry(file.getKey()));
        zip.write(file.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static byte[] resource(String name) {
    try (var in = TemporaryModelFolders.class.getResourceAsStream("/model-changes/" + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path copy() {
    try {
      Path root = Files.createTempDirectory("rg-model-change-test-");
      for (String folder : new String[] {"processes", "forms"}) {
        Path from = Path.of(folder);
        try (Stream<Path> walk = Files.walk(from)) {
          for (Path file : walk.toList()) {
            Path target = root.resolve(folder).resolve(from.relativize(file).toString());
            if (Files.isDirectory(file)) {
              Files.createDirectories(target);
            } else {
              Files.copy(file, target);
            }
          }
        }
      }
      Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(root)));
      return root;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary folder; the operating system cleans up what is left
    }
  }
}
