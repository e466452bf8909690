package nl.resourcegroepen.deployment;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import nl.resourcegroepen.trajectory.Setting;
import org.springframework.web.multipart.MultipartFile;

/**
 * Diagrams, decision tables and forms sent to the validate or deploy endpoint, one by one or as a zip,
 * each with the place it gets in the model folders: {@code .bpmn} and {@code .dmn} in the processes
 * folder, {@code .form} in the forms folder, either directly or in the folder of a setting
 * ({@code addictionCare/preparation.bpmn}). A leading {@code processes/} or {@code forms/} is allowed,
 * so a zip of the two folders works as is. A name that would leave the folders is refused.
 */
record ModelUpload(List<UploadedFile> files, List<ModelProblem> problems) {

  static final String PROCESSES = "processes";
  static final String FORMS = "forms";
  private static final int MAX_FILES = 300;
  private static final long MAX_BYTES = 20L * 1024 * 1024;
  private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

  /** One file: the folder (processes or forms), its path inside that folder, and its content. */
  record UploadedFile(String folder, String path, byte[] content) {
    String resourcePath() {
      return folder + "/" + path;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof UploadedFile f && f.folder.equals(folder) && f.path.equals(path)
          && Arrays.equals(f.content, content);
    }

    @Override
    public int hashCode() {
      return folder.hashCode() * 31 + path.hashCode();
    }

    @Override
    public String toString() {
      return resourcePath();
    }
  }

  static ModelUpload of(List<MultipartFile> parts) {
    Map<String, UploadedFile> files = new LinkedHashMap<>();
    List<ModelProblem> problems = new ArrayList<>();
    long[] total = {0};
    for (MultipartFile part : parts == null ? List.<MultipartFile>of() : parts) {
      String name = part.getOriginalFilename() == null ? part.getName() : part.getOriginalFilename();
      byte[] content = bytes(part);
      if (name.toLowerCase().endsWith(".zip") || isZip(content)) {
        unzip(name, content, files, problems, total);
      } else {
        add(name, content, false, files, problems, total);
      }
    }
    if (files.isEmpty() && problems.isEmpty()) {
      problems.add(new ModelProblem("", null, "Er zijn geen bestanden meegestuurd: stuur diagrammen (.bpmn), "
          + "beslistabellen (.dmn) en formulieren (.form), los of als zip, in het veld 'files'"));
    }
    return new ModelUpload(List.copyOf(files.values()), problems);
  }

  private static void unzip(String zipName, byte[] content, Map<String, UploadedFile> files,
      List<ModelProblem> problems, long[] total) {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
      ZipEntry entry;
      int entries = 0;
      while ((entry = zip.getNextEntry()) != null) {
        if (entry.isDirectory()) {
          continue;
        }
        if (++entries > MAX_FILES) {
          problems.add(new ModelProblem(zipName, null, "De zip bevat meer dan " + MAX_FILES + " bestanden"));
          return;
        }
        byte[] bytes = readLimited(zip, MAX_BYTES - total[0]);
        if (bytes == null) {
          problems.add(new ModelProblem(zipName, null, "De zip is te groot (meer dan 20 MB uitgepakt)"));
          return;
        }
        add(entry.getName(), bytes, true, files, problems, total);
      }
      if (entries == 0) {
        problems.add(new ModelProblem(zipName, null, "De zip is leeg of geen geldige zip"));
      }
    } catch (ZipException e) {
      problems.add(new ModelProblem(zipName, null, "De zip kan niet worden uitgepakt: " + e.getMessage()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void add(String givenName, byte[] content, boolean inZip, Map<String, UploadedFile> files,
      List<ModelProblem> problems, long[] total) {
    total[0] += content.length;
    String name = givenName.replace('\\', '/');
    List<String> segments = new ArrayList<>(Arrays.stream(name.split("/"))
        .filter(s -> !s.isEmpty() && !s.equals(".")).toList());
    String fileName = segments.isEmpty() ? "" : segments.get(segments.size() - 1);
    if (inZip && (fileName.startsWith(".") || name.startsWith("__MACOSX/"))) {
      return;
    }
    String folder = fileName.endsWith(".bpmn") || fileName.endsWith(".dmn") ? PROCESSES
        : fileName.endsWith(".form") ? FORMS : null;
    if (folder == null) {
      if (inZip) {
        problems.add(ModelProblem.warning(name, null, "Overgeslagen: alleen diagrammen (.bpmn), beslistabellen (.dmn) "
            + "en formulieren (.form) worden uitgerold"));
      } else {
        problems.add(new ModelProblem(name, null, "Onbekend soort bestand: stuur diagrammen (.bpmn), "
            + "beslistabellen (.dmn) en formulieren (.form), los of als zip"));
      }
      return;
    }
    if (!segments.isEmpty() && (segments.get(0).equals(PROCESSES) || segments.get(0).equals(FORMS))) {
      if (!segments.get(0).equals(folder)) {
        problems.add(new ModelProblem(name, null, "Dit bestand hoort in " + folder + "/, niet in " + segments.get(0) + "/"));
        return;
      }
      segments.remove(0);
    }
    if (segments.stream().anyMatch(s -> !SAFE_NAME.matcher(s).matches())) {
      problems.add(new ModelProblem(name, null, "De bestandsnaam mag alleen letters, cijfers, '-', '_' en '.' bevatten "
          + "en niet buiten de map wijzen"));
      return;
    }
    if (segments.size() > 2) {
      problems.add(new ModelProblem(name, null, "Te diep: een bestand staat in " + folder + "/ of in de map van een "
          + "setting (" + folder + "/addictionCare/...)"));
      return;
    }
    if (segments.size() == 2) {
      try {
        Setting.fromCode(segments.get(0));
      } catch (IllegalArgumentException e) {
        problems.add(new ModelProblem(name, null, "Map '" + segments.get(0) + "' is geen setting; kies uit ggz, "
            + "addictionCare, youthCare of neighbourhoodTeam"));
        return;
      }
    }
    UploadedFile file = new UploadedFile(folder, String.join("/", segments), content);
    if (files.putIfAbsent(file.resourcePath(), file) != null) {
      problems.add(new ModelProblem(file.resourcePath(), null, "Dit bestand is twee keer meegestuurd"));
    }
  }

  private static byte[] bytes(MultipartFile part) {
    try {
      return part.getBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isZip(byte[] content) {
    return content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
  }

  /** The entry's bytes, or null when it would pass the limit (a zip bomb stops here). */
  private static byte[] readLimited(InputStream in, long limit) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    int read;
    long count = 0;
    while ((read = in.read(buffer)) > 0) {
      count += read;
      if (count > limit) {
        return null;
      }
      out.write(buffer, 0, read);
    }
    return out.toByteArray();
  }
}
