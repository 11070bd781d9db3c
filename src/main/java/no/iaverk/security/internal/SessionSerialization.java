package no.iaverk.security.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.ConfigurableObjectInputStream;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.SerializationFailedException;
import tools.jackson.databind.json.JsonMapper;

/**
 * How a session's attributes are written to {@code spring_session_attributes}: Java serialization, as Spring Session
 * does, except that a record that is not {@link Serializable} (a form or a result a page flashes across its redirect:
 * post/redirect/get keeps them in the session for one request) travels as its JSON and comes back as the same record.
 * So no page needs its records marked Serializable for sessions to live in the database.
 */
@Configuration(proxyBeanMethods = false)
class SessionSerialization {

    /** A record that is not Serializable, as its class and its JSON. */
    record RecordAsJson(String type, String json) implements Serializable {}

    private static final JsonMapper JSON = JsonMapper.builder().build();

    // Not a candidate for injection by type (MVC has its own conversion service); Spring Session asks by this name.
    @Bean(defaultCandidate = false)
    @Qualifier("springSessionConversionService")
    ConversionService springSessionConversionService() {
        ClassLoader classLoader = SessionSerialization.class.getClassLoader();
        GenericConversionService conversions = new GenericConversionService();
        conversions.addConverter(Object.class, byte[].class, SessionSerialization::write);
        conversions.addConverter(byte[].class, Object.class, bytes -> read(bytes, classLoader));
        return conversions;
    }

    static byte[] write(Object value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (ObjectOutputStream out = new RecordsAsJson(bytes)) {
            out.writeObject(value);
        } catch (IOException e) {
            throw new SerializationFailedException("Could not keep " + value.getClass() + " in the session", e);
        }
        return bytes.toByteArray();
    }

    static Object read(byte[] bytes, ClassLoader classLoader) {
        try (var in = new JsonAsRecords(new ByteArrayInputStream(bytes), classLoader)) {
            return in.readObject();
        } catch (IOException | ClassNotFoundException e) {
            throw new SerializationFailedException("Could not read a session attribute", e);
        }
    }

    private static final class RecordsAsJson extends ObjectOutputStream {
        RecordsAsJson(OutputStream out) throws IOException {
            super(out);
            enableReplaceObject(true);
        }

        @Override
        protected Object replaceObject(Object value) {
            if (!(value instanceof Serializable) && value.getClass().isRecord()) {
                return new RecordAsJson(value.getClass().getName(), JSON.writeValueAsString(value));
            }
            return value;
        }
    }

    private static final class JsonAsRecords extends ConfigurableObjectInputStream {
        private final ClassLoader classLoader;

        JsonAsRecords(InputStream in, ClassLoader classLoader) throws IOException {
            super(in, classLoader);
            this.classLoader = classLoader;
            enableResolveObject(true);
        }

        @Override
        protected Object resolveObject(Object value) throws IOException {
            if (value instanceof RecordAsJson json) {
                try {
                    return JSON.readValue(json.json(), Class.forName(json.type(), true, classLoader));
                } catch (ClassNotFoundException e) {
                    throw new IOException("No class " + json.type(), e);
                }
            }
            return value;
        }
    }
}
