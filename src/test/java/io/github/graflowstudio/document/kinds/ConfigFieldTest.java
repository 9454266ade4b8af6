package io.github.graflowstudio.document.kinds;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A new node's fields start with their default, else an empty value of their type. */
class ConfigFieldTest {

    @Test
    void initialValueIsTheDefaultElseAnEmptyValueOfTheType() {
        assertEquals(5L, ConfigField.optional("n", FieldType.INTEGER, 5, "help").initialValue(), "the default, frozen as JSON");
        assertEquals(0, ConfigField.required("n", FieldType.INTEGER, "help").initialValue());
        assertEquals(0, ConfigField.required("x", FieldType.NUMBER, "help").initialValue());
        assertEquals(false, ConfigField.required("b", FieldType.BOOLEAN, "help").initialValue());
        assertEquals(List.of(), ConfigField.required("l", FieldType.STRING_LIST, "help").initialValue());
        assertEquals(Map.of(), ConfigField.required("o", FieldType.OBJECT, "help").initialValue());
        assertEquals("", ConfigField.required("e", FieldType.EXPRESSION, "help").initialValue());
    }
}
