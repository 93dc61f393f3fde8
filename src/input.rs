//! What `parse` reads, as UTF-8: logs from a Chinese Windows machine arrive as GB18030, and
//! PowerShell's `>` writes UTF-16 with a byte-order mark. A reader here decodes them while
//! streaming, in bounded memory, so the scanner only ever sees UTF-8 (or bytes it reads leniently).

use std::io::{self, Read};

use encoding_rs::{Decoder, Encoding, GB18030, UTF_8, UTF_16BE, UTF_16LE};

/// `--encoding`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TextEncoding {
    /// A byte-order mark decides (unless a UTF-16 one is followed by text that is plainly not
    /// UTF-16); else UTF-16 when its NUL bytes say so, UTF-8, or GB18030 when the start of the
    /// input is not UTF-8 but is GB18030.
    #[default]
    Auto,
    /// UTF-8 (invalid bytes are read leniently).
    Utf8,
    /// UTF-16: little-endian unless a byte-order mark says otherwise.
    Utf16,
    /// GB18030 (and so GBK and GB2312).
    Gb18030,
}

/// How much of the input the automatic choice looks at, at most: whatever the first reads give.
const SNIFF: usize = 64 << 10;
/// The size of the decoding buffers.
const CHUNK: usize = 64 << 10;

/// A reader that decodes its input to UTF-8.
pub struct Decoded<R> {
    inner: R,
    decoder: Option<Decoder>,
    /// Bytes read from `inner` and not yet decoded (or, without a decoder, not yet handed out).
    input: Vec<u8>,
    input_at: usize,
    /// Decoded bytes not yet handed out.
    output: Vec<u8>,
    output_at: usize,
    eof: bool,
}

impl<R: Read> Decoded<R> {
    /// Decodes `inner` as `encoding` says. Reads the first bytes at once to look for a
    /// byte-order mark (and, with `Auto`, to tell GB18030 from UTF-8).
    pub fn new(mut inner: R, encoding: TextEncoding) -> io::Result<Self> {
        let mut input = vec![0u8; SNIFF];
        let mut filled = 0;
        // Enough for a byte-order mark; a live stream is not waited on for more.
        while filled < 4 {
            match inner.read(&mut input[filled..]) {
                Ok(0) => break,
                Ok(n) => filled += n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
        input.truncate(filled);
        let bom = Encoding::for_bom(&input);
        let chosen: Option<&'static Encoding> = match (encoding, bom) {
            (TextEncoding::Utf8, _) => None,
            (TextEncoding::Utf16, Some((e, _))) if e == UTF_16BE => Some(UTF_16BE),
            (TextEncoding::Utf16, _) => Some(UTF_16LE),
            (TextEncoding::Gb18030, _) => Some(GB18030),
            (TextEncoding::Auto, Some((e, _))) if e == UTF_8 => None,
            // A UTF-16 mark before text that is not UTF-16 (a damaged start, one tool's mark
            // before another's UTF-8): the bytes are read as they are.
            (TextEncoding::Auto, Some((_, len))) if !looks_utf16_after_mark(&input[len..]) => None,
            (TextEncoding::Auto, Some((e, _))) => Some(e),
            (TextEncoding::Auto, None) => {
                unmarked_utf16(&input).or_else(|| looks_gb18030(&input).then_some(GB18030))
            }
        };
        // A UTF-8 byte-order mark is dropped; the decoders drop theirs.
        let input_at = match bom {
            Some((e, len)) if e == UTF_8 && chosen.is_none() => len,
            _ => 0,
        };
        Ok(Decoded {
            inner,
            decoder: chosen.map(Encoding::new_decoder_with_bom_removal),
            input,
            input_at,
            output: Vec::new(),
            output_at: 0,
            eof: filled == 0,
        })
    }

    /// Reads more input into the (emptied) input buffer.
    fn refill(&mut self) -> io::Result<()> {
        self.input.resize(CHUNK, 0);
        self.input_at = 0;
        loop {
            match self.inner.read(&mut self.input) {
                Ok(n) => {
                    self.input.truncate(n);
                    self.eof = n == 0;
                    return Ok(());
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => {
                    self.input.clear();
                    return Err(e);
                }
            }
        }
    }
}

/// Whether what follows a UTF-16 byte-order mark is UTF-16: not when it is UTF-8 without a NUL
/// byte (ASCII text, say), which UTF-16 text of any length almost never is (its ASCII characters
/// carry a NUL byte, its others make bytes UTF-8 does not allow).
fn looks_utf16_after_mark(sample: &[u8]) -> bool {
    if sample.is_empty() || memchr::memchr(0, sample).is_some() {
        return true;
    }
    match std::str::from_utf8(sample) {
        Ok(_) => false,
        // A UTF-8 character cut at the end of the sample is not a fault.
        Err(e) => e.error_len().is_some(),
    }
}

/// UTF-16 without a byte-order mark, told by where its NUL bytes are: text that is mostly ASCII
/// (logs are) has a NUL in the high byte of most of its characters and in almost none of the
/// low ones (a binary file has NULs on both). Looked at in the first 16 to 4096 bytes.
fn unmarked_utf16(sample: &[u8]) -> Option<&'static Encoding> {
    let sample = &sample[..sample.len().min(4096) & !1];
    if sample.len() < 16 {
        return None;
    }
    let units = sample.len() / 2;
    let (mut even, mut odd) = (0, 0);
    for pair in sample.chunks_exact(2) {
        even += usize::from(pair[0] == 0);
        odd += usize::from(pair[1] == 0);
    }
    // At least half the characters ASCII, and at most one in sixteen the other way round.
    let told = |high: usize, low: usize| 2 * high >= units && 16 * low <= units;
    if told(odd, even) {
        Some(UTF_16LE)
    } else if told(even, odd) {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// Whether the start of an input is not UTF-8 but reads as GB18030 without a fault. A UTF-8
/// character cut at the end of the sample is not a fault.
fn looks_gb18030(sample: &[u8]) -> bool {
    match std::str::from_utf8(sample) {
        Ok(_) => false,
        Err(e) if e.error_len().is_none() => false,
        Err(_) => {
            // A GB18030 character cut at the end of the sample is not a fault either.
            (0..=3)
                .map(|cut| &sample[..sample.len().saturating_sub(cut)])
                .any(|s| {
                    GB18030
                        .decode_without_bom_handling_and_without_replacement(s)
                        .is_some()
                })
        }
    }
}

impl<R: Read> Read for Decoded<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if buf.is_empty() {
            return Ok(0);
        }
        if self.decoder.is_none() {
            // No decoding: hand out what the sniffing read, then read straight through.
            if self.input_at < self.input.len() {
                let n = buf.len().min(self.input.len() - self.input_at);
                buf[..n].copy_from_slice(&self.input[self.input_at..self.input_at + n]);
                self.input_at += n;
                return Ok(n);
            }
            return self.inner.read(buf);
        }
        loop {
            if self.output_at < self.output.len() {
                let n = buf.len().min(self.output.len() - self.output_at);
                buf[..n].copy_from_slice(&self.output[self.output_at..self.output_at + n]);
                self.output_at += n;
                return Ok(n);
            }
            if self.input_at == self.input.len() {
                if self.eof {
                    return Ok(0);
                }
                self.refill()?;
            }
            let last = self.eof;
            self.output
                .resize(CHUNK.max(4 * (self.input.len() - self.input_at) + 16), 0);
            let decoder = self.decoder.as_mut().expect("checked above");
            let (_, read, written, _) =
                decoder.decode_to_utf8(&self.input[self.input_at..], &mut self.output, last);
            self.input_at += read;
            self.output.truncate(written);
            self.output_at = 0;
            if last && written == 0 {
                return Ok(0);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decode(bytes: &[u8], encoding: TextEncoding) -> String {
        let mut out = String::new();
        Decoded::new(bytes, encoding)
            .unwrap()
            .read_to_string(&mut out)
            .unwrap();
        out
    }

    fn decode_bytes(bytes: &[u8], encoding: TextEncoding) -> Vec<u8> {
        let mut out = Vec::new();
        Decoded::new(bytes, encoding)
            .unwrap()
            .read_to_end(&mut out)
            .unwrap();
        out
    }

    fn utf16le_with_bom(text: &str) -> Vec<u8> {
        let mut bytes = vec![0xFF, 0xFE];
        bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        bytes
    }

    #[test]
    fn a_utf16_byte_order_mark_is_decoded() {
        let text = "错误 {\"error_code\":\"AIS.0104\"}\n";
        assert_eq!(decode(&utf16le_with_bom(text), TextEncoding::Auto), text);
        let mut be = vec![0xFE, 0xFF];
        be.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
        assert_eq!(decode(&be, TextEncoding::Auto), text);
    }

    #[test]
    fn a_utf16_mark_before_text_that_is_not_utf16_leaves_the_bytes_as_they_are() {
        let text = "{\"error_code\":\"AIS.0104\",\"error_msg\":\"图片质量差\"}\n";
        let mut marked = vec![0xFF, 0xFE];
        marked.extend_from_slice(text.as_bytes());
        assert_eq!(decode_bytes(&marked, TextEncoding::Auto), marked);
        let mut be = vec![0xFE, 0xFF];
        be.extend_from_slice(b"AIS.0104 x\n");
        assert_eq!(decode_bytes(&be, TextEncoding::Auto), be);
        // Real UTF-16 after its mark, ASCII or not, is still decoded.
        for text in ["AIS.0104\n", "错误码图片质量", "a"] {
            assert_eq!(decode(&utf16le_with_bom(text), TextEncoding::Auto), text);
        }
        // And asked for, it is decoded whatever it looks like.
        assert_ne!(decode_bytes(&marked, TextEncoding::Utf16), text.as_bytes());
    }

    #[test]
    fn utf16_without_a_mark_is_told_by_its_nul_bytes() {
        let text =
            "2024-05-01 ERROR {\"error_code\":\"AIS.0104\",\"error_msg\":\"图片质量差\"}\r\n";
        let le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
        assert_eq!(decode(&le, TextEncoding::Auto), text);
        let be: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
        assert_eq!(decode(&be, TextEncoding::Auto), text);
        // Not a binary file's NULs, nor a short input, nor UTF-8 with a stray NUL.
        let elf = b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x03\x00\x3e\x00";
        assert_eq!(decode_bytes(elf, TextEncoding::Auto), elf);
        assert_eq!(decode(b"a\0b\0", TextEncoding::Auto), "a\0b\0");
        let stray = b"AIS.0104 one line\0 and another line of text\n";
        assert_eq!(decode_bytes(stray, TextEncoding::Auto), stray);
    }

    #[test]
    fn gb18030_is_recognised_when_it_is_not_utf8() {
        let text = "请求失败：图片质量差 AIS.0104\n".repeat(3);
        let (bytes, _, _) = GB18030.encode(&text);
        assert_eq!(decode(&bytes, TextEncoding::Auto), text);
        assert_eq!(
            decode(text.as_bytes(), TextEncoding::Auto),
            text,
            "UTF-8 stays UTF-8"
        );
    }

    #[test]
    fn a_utf8_byte_order_mark_is_dropped_and_plain_bytes_pass() {
        assert_eq!(decode(b"\xEF\xBB\xBFabc", TextEncoding::Auto), "abc");
        assert_eq!(decode(b"", TextEncoding::Auto), "");
        assert_eq!(decode(b"x", TextEncoding::Utf16), "\u{fffd}");
    }

    #[test]
    fn long_inputs_decode_across_chunks() {
        let text = "第一行 AIS.0104 图片质量差\n".repeat(20_000);
        let (bytes, _, _) = GB18030.encode(&text);
        assert!(bytes.len() > 3 * CHUNK);
        assert_eq!(decode(&bytes, TextEncoding::Gb18030), text);
        assert_eq!(decode(&utf16le_with_bom(&text), TextEncoding::Auto), text);
    }
}
