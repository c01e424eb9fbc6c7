package io.ytautopilot.production.adapters.media;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.OptionalDouble;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/**
 * How long a media file lasts, read from its header in this JVM instead of by starting ffprobe, for
 * the two kinds of file a render makes: MP4 (the movie header box, {@code moov/mvhd}) and PCM WAV. The
 * value is the one ffprobe reports as {@code format=duration}: whole units of the file's time scale
 * (sample rate for WAV) rounded to the nearest microsecond. Empty for anything else, or anything ffprobe
 * would read otherwise (a fragmented MP4, a WAV whose header claims more audio than the file holds), so
 * the caller asks ffprobe.
 */
final class MediaDurations {
  private static final long MICROS_PER_SECOND = 1_000_000;
  private static final long UNKNOWN_32_BIT_DURATION = 0xFFFF_FFFFL;

  private MediaDurations() {
  }

  /** The duration of an MP4 or PCM WAV file, in seconds. */
  static OptionalDouble of(Path media) {
    OptionalDouble mp4 = mp4(media);
    return mp4.isPresent() ? mp4 : wav(media);
  }

  /**
   * From the movie header box (version 0 or 1), wherever {@code moov} is: before the media data
   * (faststart) or after it. A fragmented file ({@code moov/mvex}) lasts as long as its fragments, so
   * it is not read here.
   */
  static OptionalDouble mp4(Path media) {
    try (FileChannel file = FileChannel.open(media, StandardOpenOption.READ)) {
      long end = file.size();
      Optional<Box> box = Box.at(file, 0, end).filter(first -> first.type().equals("ftyp"));
      while (box.isPresent() && !box.get().type().equals("moov")) {
        box = Box.at(file, box.get().end(), end);
      }
      return box.isPresent() ? movieDuration(file, box.get()) : OptionalDouble.empty();
    } catch (IOException e) {
      return OptionalDouble.empty();
    }
  }

  /**
   * From the frame count and rate the JDK reads from a PCM WAV header. A header written before the
   * audio was (espeak-ng writing to its standard output) claims more than the file holds; ffprobe then
   * works the length out from the file's size, so such a file is left to it.
   */
  static OptionalDouble wav(Path media) {
    try (AudioInputStream audio = AudioSystem.getAudioInputStream(media.toFile())) {
      AudioFormat format = audio.getFormat();
      long frames = audio.getFrameLength();
      long bytes = frames * format.getFrameSize();
      float rate = format.getFrameRate();
      boolean pcm = format.getEncoding().equals(AudioFormat.Encoding.PCM_SIGNED)
          || format.getEncoding().equals(AudioFormat.Encoding.PCM_UNSIGNED);
      if (!pcm || frames == AudioSystem.NOT_SPECIFIED || rate != Math.rint(rate) || bytes > Integer.MAX_VALUE
          || audio.available() < bytes || !isWave(media)) {
        return OptionalDouble.empty();
      }
      return seconds(frames, (long) rate);
    } catch (UnsupportedAudioFileException | IOException e) {
      return OptionalDouble.empty();
    }
  }

  /** {@code units / perSecond} seconds, rounded to the microsecond the way ffmpeg rescales times. */
  static OptionalDouble seconds(long units, long perSecond) {
    if (units <= 0 || perSecond <= 0) {
      return OptionalDouble.empty();
    }
    try {
      long micros = Math.addExact(Math.multiplyExact(units, MICROS_PER_SECOND), perSecond / 2) / perSecond;
      return OptionalDouble.of(micros / (double) MICROS_PER_SECOND);
    } catch (ArithmeticException tooLong) {
      return OptionalDouble.empty();
    }
  }

  /** The JDK also reads AU, AIFF and MIDI (synthesised) as PCM; only WAV is compared with ffprobe. */
  private static boolean isWave(Path media) throws UnsupportedAudioFileException, IOException {
    return AudioSystem.getAudioFileFormat(media.toFile()).getType().equals(AudioFileFormat.Type.WAVE);
  }

  private static OptionalDouble movieDuration(FileChannel file, Box moov) throws IOException {
    Optional<Box> header = Optional.empty();
    for (Optional<Box> child = moov.firstChild(file); child.isPresent();
        child = Box.at(file, child.get().end(), moov.end())) {
      if (child.get().type().equals("mvex")) {
        return OptionalDouble.empty();
      }
      if (child.get().type().equals("mvhd")) {
        header = child;
      }
    }
    return header.isPresent() ? mvhdDuration(file, header.get()) : OptionalDouble.empty();
  }

  /**
   * Version 0: flags, creation and modification time (32 bits each), time scale, duration (32 bits).
   * Version 1: the times and the duration are 64 bits. Either is 100 bytes or more.
   */
  private static OptionalDouble mvhdDuration(FileChannel file, Box mvhd) throws IOException {
    if (mvhd.end() - mvhd.content() < 32) {
      return OptionalDouble.empty();
    }
    ByteBuffer header = read(file, mvhd.content(), 32);
    int version = header.get(0);
    if (version == 0) {
      long duration = Integer.toUnsignedLong(header.getInt(16));
      return duration == UNKNOWN_32_BIT_DURATION ? OptionalDouble.empty()
          : seconds(duration, Integer.toUnsignedLong(header.getInt(12)));
    }
    return version == 1 ? seconds(header.getLong(24), Integer.toUnsignedLong(header.getInt(20)))
        : OptionalDouble.empty();
  }

  private static ByteBuffer read(FileChannel file, long position, int length) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(length);
    while (buffer.hasRemaining()) {
      if (file.read(buffer, position + buffer.position()) < 0) {
        throw new EOFException("the file ends inside a box header at " + position);
      }
    }
    return buffer.flip();
  }

  /**
   * An ISO base media file box: 32-bit size and type; size 1 means a 64-bit size follows, size 0 that
   * the box runs to the end of its parent.
   *
   * @param content where its content starts, after the header
   * @param end     where it ends, where the next box starts
   */
  private record Box(String type, long content, long end) {

    /** The box at {@code position}, if one fits whole before {@code limit}. */
    static Optional<Box> at(FileChannel file, long position, long limit) throws IOException {
      if (limit - position < 8) {
        return Optional.empty();
      }
      ByteBuffer header = read(file, position, 8);
      long size = Integer.toUnsignedLong(header.getInt(0));
      String type = new String(header.array(), 4, 4, StandardCharsets.ISO_8859_1);
      long content = position + 8;
      if (size == 1) {
        if (limit - position < 16) {
          return Optional.empty();
        }
        size = read(file, content, 8).getLong(0);
        content += 8;
      } else if (size == 0) {
        size = limit - position;
      }
      if (size < content - position || size > limit - position) {
        return Optional.empty();
      }
      return Optional.of(new Box(type, content, position + size));
    }

    Optional<Box> firstChild(FileChannel file) throws IOException {
      return at(file, content, end);
    }
  }
}
