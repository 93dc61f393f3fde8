//! The reader thread: reads the input, cuts it into complete lines (or windows of a line too
//! long to hold), and looks at each line once — its braces, its code-shaped spots, whether it may
//! be more than text — so the scanner can pass over most lines of a log without reading them.

use std::io::{self, Read};
use std::sync::mpsc;

use aho_corasick::AhoCorasick;

use super::lines::byte_set;
use super::{MAX_LINE, OVERLAP, Options, extract, marks};

/// What the reader thread found in one line.
#[derive(Debug, Clone, Copy)]
pub(super) struct LineInfo {
    /// The line's bytes in its piece, without the line ending.
    pub(super) start: usize,
    pub(super) end: usize,
    /// Opening minus closing braces.
    pub(super) delta: i64,
    /// Its code-shaped spots.
    pub(super) codes: extract::Codes,
    /// It may be more than text: blank, a status line or header, a curl annotation.
    pub(super) special: bool,
    /// Holds a clue of a failure without a code ([`extract::clues`]).
    pub(super) clue: bool,
    /// Holds what an HTTP client's log of a response holds after a logger's prefix
    /// ([`Hit::Logged`]).
    pub(super) logged: bool,
    /// What the second search marked in it.
    pub(super) marks: LineMarks,
}

/// What the reader's second search ([`Matchers::marks`]) found in a line.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct LineMarks {
    /// Holds an XML error's `<Code>` or `<Error>` (OBS's answers).
    pub(super) xml: bool,
    /// May be a heading that states the status of the body after it (`Status code: 400`,
    /// `状态码：400`).
    pub(super) heading: bool,
}

/// What the reader thread hands over.
pub(super) enum Piece {
    /// Complete lines.
    Lines { buf: Vec<u8>, lines: Vec<LineInfo> },
    /// A window of a line longer than [`MAX_LINE`]: reports starting before `until` are taken
    /// from it; `ends_line` is set on the line's last window.
    Window {
        buf: Vec<u8>,
        until: usize,
        ends_line: bool,
    },
}

/// A piece's buffer holding `content`: a spare one sent back by the scanner (its allocation is
/// reused), or a new one.
pub(super) fn buffer(spare: &mpsc::Receiver<Vec<u8>>, content: &[u8]) -> Vec<u8> {
    let mut buf = spare.try_recv().unwrap_or_default();
    buf.clear();
    buf.extend_from_slice(content);
    buf
}

/// A buffer to read into, [`READ_BUFFER`] bytes long, starting with `content`: a spare one sent
/// back by the scanner, or a new one. (A new one's pages are touched only as reads fill them.)
fn read_buffer(spare: &mpsc::Receiver<Vec<u8>>, content: &[u8]) -> Vec<u8> {
    let mut buf = spare
        .try_recv()
        .ok()
        .filter(|b| b.len() == READ_BUFFER)
        .unwrap_or_else(|| vec![0; READ_BUFFER]);
    buf[..content.len()].copy_from_slice(content);
    buf
}

/// The lines of a run of bytes ending in a newline (or the input's end), with their braces and
/// code-shaped spots. The run is read once, 64 bytes at a time ([`marks`]): only its newlines,
/// braces and letter-dot-digit spots are visited, not its other bytes.
///
/// Offsets are counted from `base`: the chunk's place in the buffer handed over.
fn line_infos(
    chunk: &[u8],
    base: usize,
    success: &extract::Success,
    matchers: &Matchers,
) -> Vec<LineInfo> {
    let mut lines = Vec::with_capacity(chunk.len() / 64);
    let mut hits = matchers.hits(chunk).into_iter().peekable();
    // The line being read: where it starts, its braces and its spots so far.
    let mut start = 0;
    let (mut open, mut close) = (0u32, 0u32);
    let mut codes = extract::Codes::None;
    let mut finish = |start: usize, end: usize, open: u32, close: u32, codes: extract::Codes| {
        let line = trim_line(&chunk[start..end]);
        let mut codes = codes;
        let has_brace = open + close > 0;
        if codes == extract::Codes::None && has_brace && extract::keyed_code(line) {
            codes = extract::Codes::Some;
        }
        let (mut clue, mut logged) = (false, false);
        let mut found = LineMarks::default();
        while let Some((_, hit)) = hits.next_if(|&(at, _)| at < end) {
            match hit {
                Hit::Logged => logged = true,
                Hit::Clue => clue = true,
                Hit::Mark(extract::Mark::Field) => found.xml = true,
                Hit::Mark(extract::Mark::Heading) => found.heading = true,
            }
        }
        lines.push(LineInfo {
            start: base + start,
            end: base + start + line.len(),
            delta: i64::from(open) - i64::from(close),
            codes,
            special: line.first().is_none_or(|&b| SPECIAL[usize::from(b)]),
            clue,
            logged,
            marks: found,
        });
    };
    for at in (0..chunk.len()).step_by(marks::BLOCK) {
        let m = marks::block(chunk, at);
        let mut newlines = m.newline;
        let mut from = 0;
        loop {
            let to = if newlines == 0 {
                64
            } else {
                newlines.trailing_zeros()
            };
            let here = marks::bits(from, to);
            // Most lines hold no brace; the count is taken only where there is one.
            if (m.open | m.close) & here != 0 {
                open += (m.open & here).count_ones();
                close += (m.close & here).count_ones();
            }
            let mut spots = m.spot & here;
            while spots != 0 && codes != extract::Codes::Some {
                let dot = at + spots.trailing_zeros() as usize;
                codes = codes.and(extract::code_at(chunk, dot, success));
                spots &= spots - 1;
            }
            if newlines == 0 {
                break;
            }
            let end = at + to as usize;
            finish(start, end, open, close, codes);
            (start, open, close, codes) = (end + 1, 0, 0, extract::Codes::None);
            from = to + 1;
            newlines &= newlines - 1;
        }
    }
    if start < chunk.len() {
        finish(start, chunk.len(), open, close, codes);
    }
    lines
}

/// What a pattern of the reader's searches finds in a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Hit {
    /// What an HTTP client's log of a response holds after a logger's prefix.
    Logged,
    /// A clue of a failure without a code ([`extract::clues`]).
    Clue,
    /// A mark of a line worth reading though it looks like plain text ([`extract::Mark`]: XML's
    /// `<Code>`, OBS's fields, a heading that states a status).
    Mark(extract::Mark),
}

/// The most patterns one of the reader's searches takes: the packed searcher (Teddy) screens up
/// to 32 patterns at its fastest, and more in a kind half as fast again. The patterns are cut
/// into searches of this many, in the order the phrase table gives them. The packed searcher
/// spreads a search's patterns over a few buckets, so one more pattern changes how often all of
/// them stop the scan: single new marks (a rare word such as `errorXmlCallback`, or `/Code : `)
/// were measured with callgrind to cost `parse` 5 to 13% on a large log, and taking away five
/// (the exception names' one clue) cost nothing. A new row's needle is best one an existing clue
/// or mark already finds, and any new pattern is measured (`tests/bench/`).
const SEARCHED_AT_ONCE: usize = 32;

/// The reader's searches over every piece, for the clues of a failure without a code, the
/// loggers' marks and the marks of a line to read even when it looks like plain text; and the
/// evidence of a Huawei Cloud call.
pub(super) struct Matchers {
    /// Each search, and what each of its patterns finds.
    searches: Vec<(AhoCorasick, Vec<Hit>)>,
    /// The evidence of a Huawei Cloud call ([`Options::evidence`]), searched by the scanner in
    /// the pieces around a failure that waits for it, not by the reader in all: most inputs hold
    /// no such failure, and the needles are many.
    pub(super) evidence: Option<AhoCorasick>,
}

impl Matchers {
    pub(super) fn new(options: Options) -> Matchers {
        let patterns: Vec<(&str, Hit)> = extract::clues(options.exceptions)
            .into_iter()
            .map(|(c, logged)| (c, if logged { Hit::Logged } else { Hit::Clue }))
            .chain(extract::marks().map(|(m, mark)| (m, Hit::Mark(mark))))
            .collect();
        let searches = patterns
            .chunks(SEARCHED_AT_ONCE)
            .map(|chunk| {
                let search = AhoCorasick::builder()
                    .match_kind(aho_corasick::MatchKind::LeftmostFirst)
                    .build(chunk.iter().map(|(p, _)| p))
                    .expect("the reader's patterns are valid");
                (search, chunk.iter().map(|(_, h)| *h).collect())
            })
            .collect();
        // Each needle once: one that holds another is found by it (`myhuaweicloud.com` by
        // `huaweicloud`).
        let needles: Vec<&str> = options
            .evidence
            .iter()
            .copied()
            .filter(|n| !options.evidence.iter().any(|o| o != n && n.contains(o)))
            .collect();
        let evidence = (!needles.is_empty()).then(|| {
            AhoCorasick::builder()
                .match_kind(aho_corasick::MatchKind::LeftmostFirst)
                .build(needles)
                .expect("the evidence needles are valid patterns")
        });
        Matchers { searches, evidence }
    }

    /// What the searches find in a run of lines, in order.
    fn hits(&self, text: &[u8]) -> Vec<(usize, Hit)> {
        let mut hits: Vec<(usize, Hit)> = Vec::new();
        for (search, found) in &self.searches {
            hits.extend(
                search
                    .find_iter(text)
                    .map(|m| (m.start(), found[m.pattern().as_usize()])),
            );
        }
        if self.searches.len() > 1 {
            hits.sort_by_key(|&(at, _)| at);
        }
        hits
    }

    /// Whether a text holds a clue of a failure without a code, or a logger's mark.
    pub(super) fn has_clue(&self, text: &[u8]) -> bool {
        self.searches.iter().any(|(search, found)| {
            search
                .find_iter(text)
                .any(|m| !matches!(found[m.pattern().as_usize()], Hit::Mark(_)))
        })
    }

    /// Whether a text names a Huawei Cloud host, SDK or header.
    pub(super) fn names_huawei(&self, text: &[u8]) -> bool {
        self.evidence.as_ref().is_some_and(|e| e.is_match(text))
    }

    /// The lines of a piece (`lines`, the first numbered `first`) that name a Huawei Cloud host,
    /// SDK or header, in order.
    pub(super) fn evidence_lines(&self, buf: &[u8], lines: &[LineInfo], first: u64) -> Vec<u64> {
        let Some(evidence) = &self.evidence else {
            return Vec::new();
        };
        let mut found: Vec<u64> = Vec::new();
        for m in evidence.find_iter(buf) {
            let i = lines.partition_point(|l| l.end < m.start());
            if let Some(l) = lines.get(i).filter(|l| l.start <= m.start()) {
                let n = first + i as u64;
                if found.last() != Some(&n) {
                    found.push(n);
                }
                let _ = l;
            }
        }
        found
    }
}

/// The first bytes of a line that may be more than text: blank, a status line or header (`r` and
/// `h` start Python's `reply: '…` and `header: …` debug lines), a curl annotation, a brace, a
/// quote's or a list's mark: ASCII whitespace as `u8::is_ascii_whitespace` has it, then the
/// marks (0xE2 starts `│`).
const SPECIAL: [bool; 256] = byte_set(b" \t\n\x0c\r><*{}HxX-|/#`+\xE2rh");

/// How much the reader gathers before handing lines over, unless the input trickles.
const PIECE: usize = 256 << 10;
/// The size of a read buffer: a whole overlong line's window and the next read.
const READ_BUFFER: usize = 2 * MAX_LINE;
/// A read shorter than this means the input trickles (a live log): hand over at once.
const TRICKLE: usize = 4 << 10;

/// The reader thread: reads, cuts complete lines (or windows of an overlong line) and sends them
/// with what it found in them. Returns the number of bytes read.
pub(super) fn read_pieces(
    mut input: impl Read,
    options: Options,
    clues: &Matchers,
    pieces: &mpsc::SyncSender<io::Result<Piece>>,
    spare: &mpsc::Receiver<Vec<u8>>,
) -> u64 {
    let success = extract::Success::new(options.success);
    let mut buf = vec![0u8; READ_BUFFER];
    let mut held = 0;
    let mut total = 0u64;
    // Whether the line being held is overlong and already partly sent in windows.
    let mut windowed = false;
    // How many of the held bytes are known to hold no newline: a slow pipe's small reads are
    // each searched once, not the whole held line again.
    let mut searched = 0;
    loop {
        // A failed read (a truncated archive, a disk error) ends the input like its end: what
        // was read before it is scanned, then the error is handed over.
        // At most a piece at a time, so that a buffer's pages are touched only as far as used.
        let room = READ_BUFFER.min(held + PIECE);
        let (read, failure) = match input.read(&mut buf[held..room]) {
            Ok(r) => (r, None),
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => (0, Some(e)),
        };
        total += read as u64;
        held += read;
        let at_end = read == 0;
        if !at_end && read >= TRICKLE && held < PIECE {
            continue;
        }
        let complete = if at_end {
            held
        } else {
            memchr::memrchr(b'\n', &buf[searched..held]).map_or(0, |i| searched + i + 1)
        };
        searched = held;
        let mut sent = Ok(());
        if complete > 0 {
            let mut from = 0;
            if windowed {
                // The first line ends an overlong line: a window of its own.
                let end = memchr::memchr(b'\n', &buf[..complete]).map_or(complete, |i| i + 1);
                let piece = Piece::Window {
                    buf: buffer(spare, trim_line(&buf[..end])),
                    until: usize::MAX,
                    ends_line: true,
                };
                sent = sent.and(pieces.send(Ok(piece)));
                windowed = false;
                from = end;
            }
            if from < complete {
                let lines = line_infos(&buf[from..complete], from, &success, clues);
                // The buffer itself is handed over; only the incomplete line after its lines
                // is copied, to start the next one.
                let next = read_buffer(spare, &buf[complete..held]);
                sent = sent.and(pieces.send(Ok(Piece::Lines {
                    buf: std::mem::replace(&mut buf, next),
                    lines,
                })));
            } else {
                buf.copy_within(complete..held, 0);
            }
            held -= complete;
            searched = held;
        } else if held >= MAX_LINE {
            // An overlong line: its reports that start before the window's last OVERLAP bytes
            // (or so) are complete there (a value is at most a few KiB); that tail starts the
            // next window, cut where no key or code is cut in two.
            let cut = safe_cut(&buf[..held], held - OVERLAP);
            let piece = Piece::Window {
                buf: buffer(spare, &buf[..held]),
                until: cut,
                ends_line: false,
            };
            sent = sent.and(pieces.send(Ok(piece)));
            buf.copy_within(cut..held, 0);
            held -= cut;
            searched = held;
            windowed = true;
        }
        // The scanner has stopped (its output failed): stop reading.
        if sent.is_err() || at_end {
            if let (Some(e), true) = (failure, sent.is_ok()) {
                let _ = pieces.send(Err(e));
            }
            return total;
        }
    }
}

/// A line without its line ending.
/// Where to start the next window of an overlong line, at or before `at`: just after a space, a
/// comma or an opening bracket within a few KiB, so that the window does not begin inside a key
/// or a code (`code":"AIS…` read alone would be a key of its own; `IS.0104` a code). Else `at`.
fn safe_cut(line: &[u8], at: usize) -> usize {
    const LOOK_BACK: usize = 4 << 10;
    line[at.saturating_sub(LOOK_BACK)..at]
        .iter()
        .rposition(|b| matches!(b, b' ' | b'\t' | b',' | b'{' | b'[' | b';'))
        .map_or(at, |i| at.saturating_sub(LOOK_BACK) + i + 1)
}

pub(super) fn trim_line(line: &[u8]) -> &[u8] {
    let line = line.strip_suffix(b"\n").unwrap_or(line);
    line.strip_suffix(b"\r").unwrap_or(line)
}
