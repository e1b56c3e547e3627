package dintsim.traces.io;

/**
 * Where a section of a trace file is and its checksum, as the reader verified it.
 *
 * @param tag          four-letter tag, e.g. {@code WGTS}
 * @param offset       byte offset of the tag
 * @param payloadBytes length of the payload
 * @param crc32        the stored (and verified) CRC32 of the payload
 */
public record SectionInfo(String tag, long offset, long payloadBytes, long crc32) {
}
