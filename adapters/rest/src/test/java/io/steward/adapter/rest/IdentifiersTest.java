package io.steward.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steward.ports.shared.Identifier;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Every id of the ports carries the marker, and binds as its text with no registration (mechanism: identifiers). */
class IdentifiersTest {
    /** Every class of the ports (from their jar or classes directory). */
    static List<Class<?>> portClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        Path location = Paths.get(Identifier.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> names = new ArrayList<>();
        if (Files.isDirectory(location)) {
            try (Stream<Path> files = Files.walk(location)) {
                files.map(p -> location.relativize(p).toString().replace('\\', '/')).filter(n -> n.endsWith(".class"))
                        .forEach(names::add);
            }
        } else {
            try (JarFile jar = new JarFile(location.toFile())) {
                jar.stream().map(e -> e.getName()).filter(n -> n.endsWith(".class")).forEach(names::add);
            }
        }
        List<Class<?>> classes = new ArrayList<>();
        for (String name : names) {
            if (name.startsWith("io/steward/ports/") && !name.contains("$") && !name.endsWith("package-info.class")) {
                classes.add(Class.forName(name.substring(0, name.length() - ".class".length()).replace('/', '.')));
            }
        }
        return classes;
    }

    @Test
    @DisplayName("every record of one UUID in the ports is an Identifier, and every Identifier binds as its text and back")
    void every_id_is_marked_and_round_trips() throws Exception {
        List<Class<?>> ids = portClasses().stream().filter(Class::isRecord)
                .filter(c -> c.getRecordComponents().length == 1 && c.getRecordComponents()[0].getType() == UUID.class)
                .toList();
        assertThat(ids).hasSizeGreaterThanOrEqualTo(11);
        for (Class<?> type : ids) {
            assertThat(Identifier.class).as(type.getName()).isAssignableFrom(type);
            UUID value = UUID.randomUUID();
            Object id = type.getDeclaredConstructor(UUID.class).newInstance(value);
            String json = JsonMapping.jsonb().toJson(id);
            assertThat(json).as(type.getName()).isEqualTo("\"" + value + "\"");
            assertThat(JsonMapping.jsonb().fromJson(json, type)).as(type.getName()).isEqualTo(id);
            assertThat(JsonMapping.text(type)).as(type.getName()).isTrue();
            assertThatThrownBy(() -> JsonMapping.IdReader.parse(type, "not-an-id")).as(type.getName())
                    .isInstanceOf(io.steward.ports.shared.InvalidInput.class);
        }
        assertThat(Arrays.stream(ids.toArray(Class<?>[]::new)).map(Class::getSimpleName))
                .contains("UnitId", "KeyId", "EstateId", "IncidentId");
    }
}
