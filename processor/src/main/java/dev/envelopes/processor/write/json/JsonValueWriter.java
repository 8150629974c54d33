package dev.envelopes.processor.write.json;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import dev.envelopes.processor.model.IsoDateTime;
import dev.envelopes.processor.model.JsonShape;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Renders the statements that write one value whose shape the processor knows with Jackson's
 * streaming API, into a generator named {@code gen}: a scalar, a {@code java.time} value as an
 * ISO-8601 string, an enum constant as its text, a plain record, or a sequence of these.
 */
final class JsonValueWriter {

  private static final ClassName STRING = ClassName.get(String.class);
  private static final ClassName DATE_TIME_FORMATTER =
      ClassName.get("java.time.format", "DateTimeFormatter");

  private JsonValueWriter() {}

  /**
   * Writes {@code value}, of {@code shape}, where a value is expected.
   *
   * @param writeRecord the call that writes a plain record, given its type and the value
   * @param enumTexts the array of an enum's texts, by ordinal
   */
  static CodeBlock write(
      JsonShape shape,
      CodeBlock value,
      BiFunction<ClassName, CodeBlock, CodeBlock> writeRecord,
      Function<JsonShape.EnumOf, CodeBlock> enumTexts) {
    return write(shape, value, writeRecord, enumTexts, 0);
  }

  private static CodeBlock write(
      JsonShape shape,
      CodeBlock value,
      BiFunction<ClassName, CodeBlock, CodeBlock> writeRecord,
      Function<JsonShape.EnumOf, CodeBlock> enumTexts,
      int depth) {
    if (shape instanceof JsonShape.Scalar scalar) {
      return writeScalar(scalar.type(), value);
    } else if (shape instanceof JsonShape.DateTime dateTime) {
      return writeNullable(value, CodeBlock.of("gen.writeString($L)", iso(dateTime.type(), value)));
    } else if (shape instanceof JsonShape.EnumOf enumOf) {
      return writeNullable(
          value, CodeBlock.of("gen.writeString($L[$L.ordinal()])", enumTexts.apply(enumOf), value));
    } else if (shape instanceof JsonShape.Plain plain) {
      return CodeBlock.builder().addStatement(writeRecord.apply(plain.type(), value)).build();
    }
    JsonShape.Sequence sequence = (JsonShape.Sequence) shape;
    String element = depth == 0 ? "element" : "element" + depth;
    CodeBlock loop =
        CodeBlock.builder()
            .addStatement("gen.writeStartArray()")
            .beginControlFlow("for (var $N : $L)", element, value)
            .add(
                write(
                    sequence.element(),
                    CodeBlock.of("$N", element),
                    writeRecord,
                    enumTexts,
                    depth + 1))
            .endControlFlow()
            .addStatement("gen.writeEndArray()")
            .build();
    return CodeBlock.builder()
        .beginControlFlow("if ($L == null)", value)
        .addStatement("gen.writeNull()")
        .nextControlFlow("else")
        .add(loop)
        .endControlFlow()
        .build();
  }

  /**
   * Writes {@code value}, of a scalar {@code type}: a primitive other than {@code char}, its box,
   * or a {@link String}.
   */
  static CodeBlock writeScalar(TypeName type, CodeBlock value) {
    if (type.equals(STRING)) {
      return CodeBlock.builder().addStatement("gen.writeString($L)", value).build();
    }
    String method =
        type.equals(TypeName.BOOLEAN) || type.equals(TypeName.BOOLEAN.box())
            ? "writeBoolean"
            : "writeNumber";
    CodeBlock write = CodeBlock.of("gen.$L($L)", method, value);
    return type.isPrimitive()
        ? CodeBlock.builder().addStatement(write).build()
        : writeNullable(value, write);
  }

  /** Writes {@code value}, a {@code java.net.URI}, as its text, or {@code null}. */
  static CodeBlock writeUri(CodeBlock value) {
    return writeNullable(value, CodeBlock.of("gen.writeString($L.toString())", value));
  }

  /** {@code value}, of {@code type}, as its ISO-8601 text. */
  private static CodeBlock iso(IsoDateTime type, CodeBlock value) {
    return type.formatter()
        .map(formatter -> CodeBlock.of("$T.$N.format($L)", DATE_TIME_FORMATTER, formatter, value))
        .orElse(CodeBlock.of("$L.toString()", value));
  }

  /** Writes {@code null} when {@code value} is, and otherwise runs {@code write}. */
  static CodeBlock writeNullable(CodeBlock value, CodeBlock write) {
    return CodeBlock.builder()
        .beginControlFlow("if ($L == null)", value)
        .addStatement("gen.writeNull()")
        .nextControlFlow("else")
        .addStatement(write)
        .endControlFlow()
        .build();
  }
}
