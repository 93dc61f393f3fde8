//! Compressed input: rotated logs (`app.log.3.gz`), `kubectl logs … | gzip`, zstd archives. The
//! format is told by its magic bytes — for files and standard input alike, whatever the name —
//! and the input is decompressed while it streams, in bounded memory, so the scanner sees the
//! text (and its line numbers are the text's).
//!
//! The decoders are pure Rust, so a build needs no C compiler: gzip through `flate2` on
//! `zlib-rs` (as fast as C zlib), bzip2 through `bzip2` on `libbz2-rs-sys`, xz through
//! `lzma-rust2`, zstd through `ruzstd`. Every member of a multi-member gzip, bzip2 or xz file and
//! every frame of a zstd file is read. A corrupt or truncated archive ends the input with an error
//! naming the format; what was read before it has been scanned.

use std::io::{self, BufRead, BufReader, Read};

/// A compression format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// gzip (`1f 8b`).
    Gzip,
    /// Zstandard (`28 b5 2f fd`).
    Zstd,
    /// bzip2 (`BZh` and a block size digit).
    Bzip2,
    /// xz (`fd 37 7a 58 5a 00`).
    Xz,
}

impl Format {
    /// Its common name.
    pub fn name(self) -> &'static str {
        match self {
            Format::Gzip => "gzip",
            Format::Zstd => "zstd",
            Format::Bzip2 => "bzip2",
            Format::Xz => "xz",
        }
    }

    /// The format whose magic bytes start `head`, if any.
    ///
    /// ```
    /// use ocr_err::decompress::Format;
    /// assert_eq!(Format::detect(&[0x1f, 0x8b, 8, 0]), Some(Format::Gzip));
    /// assert_eq!(Format::detect(b"BZh9"), Some(Format::Bzip2));
    /// assert_eq!(Format::detect(b"{\"error_code\""), None);
    /// ```
    pub fn detect(head: &[u8]) -> Option<Format> {
        match head {
            [0x1f, 0x8b, ..] => Some(Format::Gzip),
            [0x28, 0xb5, 0x2f, 0xfd, ..] => Some(Format::Zstd),
            [b'B', b'Z', b'h', b'1'..=b'9', ..] => Some(Format::Bzip2),
            [0xfd, b'7', b'z', b'X', b'Z', 0x00, ..] => Some(Format::Xz),
            _ => None,
        }
    }
}

/// The magic numbers, for telling how many bytes to read before the format is known (bzip2's
/// fourth byte is any digit).
const MAGICS: [&[u8]; 4] = [
    &[0x1f, 0x8b],
    &[0x28, 0xb5, 0x2f, 0xfd],
    b"BZh9",
    &[0xfd, b'7', b'z', b'X', b'Z', 0x00],
];

/// Whether the bytes read so far are the start of a magic number that needs more of them.
fn wants_more(head: &[u8]) -> bool {
    MAGICS
        .iter()
        .any(|m| head.len() < m.len() && m[..head.len()] == *head)
}

/// The largest dictionary an xz block may ask for (`xz -9` uses 64 MiB): a larger one is refused
/// rather than allocated.
const XZ_MEMORY_KIB: u32 = 64 << 10;

/// The input, decompressed when its first bytes say it is compressed (and `enabled`), with the
/// format found; else the input as it is. Reads only as many bytes as it takes to tell (a text
/// stream is not waited on: its first byte is no magic number's).
pub fn open(
    mut inner: Box<dyn Read + Send>,
    enabled: bool,
) -> io::Result<(Box<dyn Read + Send>, Option<Format>)> {
    if !enabled {
        return Ok((inner, None));
    }
    let mut head = Vec::with_capacity(6);
    while wants_more(&head) {
        let mut byte = [0u8; 6];
        match inner.read(&mut byte[..6 - head.len()]) {
            Ok(0) => break,
            Ok(n) => head.extend_from_slice(&byte[..n]),
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    let format = Format::detect(&head);
    let whole = Prefixed {
        head,
        at: 0,
        inner,
        failure: None,
    };
    let Some(format) = format else {
        return Ok((Box::new(whole), None));
    };
    let reader: Box<dyn Read + Send> = match format {
        Format::Gzip => Box::new(flate2::read::MultiGzDecoder::new(whole)),
        Format::Bzip2 => Box::new(bzip2::read::MultiBzDecoder::new(whole)),
        Format::Xz => Box::new(lzma_rust2::XzReader::new_mem_limit(
            whole,
            true,
            XZ_MEMORY_KIB,
        )),
        Format::Zstd => Box::new(ZstdFrames::new(whole)),
    };
    Ok((
        Box::new(Named {
            format,
            inner: reader,
        }),
        Some(format),
    ))
}

/// The bytes read to tell the format, then the rest of the input. The first read hands out those
/// bytes together with what one read of the rest gives, as a read of the input itself would (a
/// reader after this one looks at its first read to tell an encoding).
struct Prefixed {
    head: Vec<u8>,
    at: usize,
    inner: Box<dyn Read + Send>,
    /// An error of that joined read, for the next call.
    failure: Option<io::Error>,
}

impl Read for Prefixed {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if let Some(e) = self.failure.take() {
            return Err(e);
        }
        if self.at == self.head.len() {
            return self.inner.read(buf);
        }
        let n = buf.len().min(self.head.len() - self.at);
        buf[..n].copy_from_slice(&self.head[self.at..self.at + n]);
        self.at += n;
        if self.at < self.head.len() || n == buf.len() {
            return Ok(n);
        }
        loop {
            match self.inner.read(&mut buf[n..]) {
                Ok(more) => return Ok(n + more),
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => {
                    self.failure = Some(e);
                    return Ok(n);
                }
            }
        }
    }
}

/// A decoder whose errors name its format: `gzip data is corrupt or truncated: …`.
struct Named {
    format: Format,
    inner: Box<dyn Read + Send>,
}

impl Read for Named {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        self.inner.read(buf).map_err(|e| {
            io::Error::new(
                e.kind(),
                format!("{} data is corrupt or truncated: {e}", self.format.name()),
            )
        })
    }
}

/// Every frame of a zstd stream, one after the other (`ruzstd` decodes one frame at a time).
struct ZstdFrames<R: Read> {
    decoder:
        Option<ruzstd::decoding::StreamingDecoder<BufReader<R>, ruzstd::decoding::FrameDecoder>>,
    source: Option<BufReader<R>>,
}

impl<R: Read> ZstdFrames<R> {
    fn new(inner: R) -> Self {
        ZstdFrames {
            decoder: None,
            source: Some(BufReader::new(inner)),
        }
    }
}

impl<R: Read> Read for ZstdFrames<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        loop {
            if let Some(decoder) = &mut self.decoder {
                let n = decoder.read(buf)?;
                if n > 0 || buf.is_empty() {
                    return Ok(n);
                }
                // This frame is done: the next one, if the input holds more.
                self.source = self
                    .decoder
                    .take()
                    .map(ruzstd::decoding::StreamingDecoder::into_inner);
            }
            let Some(mut source) = self.source.take() else {
                return Ok(0);
            };
            if source.fill_buf()?.is_empty() {
                return Ok(0);
            }
            let decoder =
                ruzstd::decoding::StreamingDecoder::new(source).map_err(io::Error::other)?;
            self.decoder = Some(decoder);
        }
    }
}
