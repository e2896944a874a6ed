package org.meridianshop.platform.redis;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufInputStream;
import io.netty.buffer.ByteBufOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import org.redisson.client.codec.BaseCodec;
import org.redisson.client.protocol.Decoder;
import org.redisson.client.protocol.Encoder;

/**
 * How the shop's values (cached views, carts) are written to Redis: Java serialization, read back
 * only into the shop's own types and the JDK's value types (strings, numbers, {@code BigDecimal},
 * collections, {@code java.time}). Values are records, which deserialize through their canonical
 * constructor, and the immutable lists and maps they hold come back as such. A value of any other
 * class is refused on reading, so someone who can write to Redis cannot make the shop build
 * arbitrary objects. Classes resolve through the application's class loader, not Netty's thread's.
 *
 * <p>Kryo and Jackson were the alternatives: Kryo cannot rebuild {@code List.of(...)} lists without
 * extra serializers, and Jackson would need a type id on every value and its own care for records
 * inside generic lists.
 */
public final class ShopValueCodec extends BaseCodec {

  static final ObjectInputFilter ALLOWED =
      ObjectInputFilter.Config.createFilter(
          "maxdepth=40;maxrefs=1000000;maxbytes=67108864;"
              + "org.meridianshop.**;java.lang.*;java.util.*;java.math.*;java.time.*;!*");

  private final ClassLoader classLoader;

  public ShopValueCodec(ClassLoader classLoader) {
    this.classLoader = classLoader;
  }

  @Override
  public Decoder<Object> getValueDecoder() {
    return (buf, state) -> {
      try (var in = new ApplicationObjectInputStream(new ByteBufInputStream(buf), classLoader)) {
        return in.readObject();
      } catch (ClassNotFoundException e) {
        // a value written by another version of the shop: treated as a miss by the caller
        throw new IOException("Cached value of an unknown class", e);
      }
    };
  }

  @Override
  public Encoder getValueEncoder() {
    return value -> {
      ByteBuf out = ByteBufAllocator.DEFAULT.buffer();
      try (var stream = new ObjectOutputStream(new ByteBufOutputStream(out))) {
        stream.writeObject(value);
      } catch (IOException | RuntimeException e) {
        out.release();
        throw e;
      }
      return out;
    };
  }

  @Override
  public ClassLoader getClassLoader() {
    return classLoader;
  }

  private static final class ApplicationObjectInputStream extends ObjectInputStream {
    private final ClassLoader classLoader;

    ApplicationObjectInputStream(InputStream in, ClassLoader classLoader) throws IOException {
      super(in);
      this.classLoader = classLoader;
      setObjectInputFilter(ALLOWED);
    }

    @Override
    protected Class<?> resolveClass(ObjectStreamClass description)
        throws IOException, ClassNotFoundException {
      try {
        return Class.forName(description.getName(), false, classLoader);
      } catch (ClassNotFoundException e) {
        return super.resolveClass(description);
      }
    }
  }
}
