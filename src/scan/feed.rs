//! The scan's loop: a reader thread reads and cuts the input into pieces, and the calling
//! thread hands their lines to the [`Scanner`].

use std::io::{self, Read};
use std::sync::{Arc, mpsc};
use std::thread;

use super::reader::{self, Piece};
use super::{Options, ScanError, Scanner, Sink, Stats, extract, gate, printed};

/// [`scan_with`](super::scan_with), handing findings to a [`Sink`] that is told when the scan
/// has caught up with its input.
pub fn scan_into<E>(
    input: impl Read + Send + 'static,
    options: Options,
    sink: &mut dyn Sink<Error = E>,
) -> Result<Stats, ScanError<E>> {
    Prepared::new(options).scan_into(input, sink)
}

/// A scanner made ready once for many inputs: its options and the searchers built from them (a
/// few automata, whose building costs more than scanning a short input). Cheap to clone.
#[derive(Clone)]
pub struct Prepared {
    options: Options,
    matchers: Arc<reader::Matchers>,
}

impl Prepared {
    /// Builds what scanning with `options` needs.
    pub fn new(options: Options) -> Self {
        Prepared {
            options,
            matchers: Arc::new(reader::Matchers::new(options)),
        }
    }

    /// [`scan_into`] with what is already built.
    pub fn scan_into<E>(
        &self,
        input: impl Read + Send + 'static,
        sink: &mut dyn Sink<Error = E>,
    ) -> Result<Stats, ScanError<E>> {
        scan_prepared(input, self.options, &self.matchers, sink)
    }
}

/// How long the scan waits for more of an input before it takes the input to be waiting (a live
/// log): long enough for a reader with the rest already read to hand it over, short enough that a
/// person watching a live log sees its findings at once.
const IDLE: std::time::Duration = std::time::Duration::from_millis(50);

fn scan_prepared<E>(
    input: impl Read + Send + 'static,
    options: Options,
    matchers: &Arc<reader::Matchers>,
    sink: &mut dyn Sink<Error = E>,
) -> Result<Stats, ScanError<E>> {
    let (pieces, from_reader) = mpsc::sync_channel::<io::Result<Piece>>(2);
    let (to_reader, spare) = mpsc::channel::<Vec<u8>>();
    let reader_matchers = Arc::clone(matchers);
    let reader = thread::Builder::new()
        .name("ocr-err-reader".to_owned())
        .spawn(move || reader::read_pieces(input, options, &reader_matchers, &pieces, &spare))
        .map_err(|e| ScanError::Read(e, Stats::default()))?;
    let mut s = Scanner::new(sink, options, Arc::clone(matchers));
    // The last lines of the previous piece, with their numbers, for evidence before a failure.
    let mut recent = Recent::default();
    let mut n: u64 = 1;
    let mut failure = None;
    loop {
        let piece = match from_reader.try_recv() {
            Ok(piece) => piece,
            Err(mpsc::TryRecvError::Disconnected) => break,
            // All that was read is scanned: what was written is flushed (a live log's lines
            // show as they come). The rest of the input may be on its way (a paste's last line
            // after the others): the reader is given a moment. If nothing comes, the input
            // waits: what is held goes out too.
            Err(mpsc::TryRecvError::Empty) => {
                s.sink.caught_up().map_err(ScanError::Sink)?;
                match from_reader.recv_timeout(IDLE) {
                    Ok(piece) => piece,
                    Err(mpsc::RecvTimeoutError::Disconnected) => break,
                    Err(mpsc::RecvTimeoutError::Timeout) => {
                        s.settle_pending(None).map_err(ScanError::Sink)?;
                        s.release_held().map_err(ScanError::Sink)?;
                        s.gate.flush(&mut *s.sink).map_err(ScanError::Sink)?;
                        s.sink.caught_up().map_err(ScanError::Sink)?;
                        match from_reader.recv() {
                            Ok(piece) => piece,
                            Err(mpsc::RecvError) => break,
                        }
                    }
                }
            }
        };
        let piece = match piece {
            Ok(piece) => piece,
            // The reader's last word: what was read before is finished below, then reported.
            Err(e) => {
                failure = Some(e);
                break;
            }
        };
        match piece {
            Piece::Lines { buf, lines } => {
                // The lines before each line, looked at only when one reports an error.
                let carry = std::mem::take(&mut s.carry);
                let mut before = printed::Before {
                    buf: &buf,
                    lines: &lines,
                    carry: [carry[0].as_deref(), carry[1].as_deref()],
                    at: 0,
                    one_line: true,
                };
                for (i, info) in lines.iter().enumerate() {
                    before.at = i;
                    s.line(&buf[info.start..info.end], n, info, &before)
                        .map_err(ScanError::Sink)?;
                    n += 1;
                }
                let line_at = |i: usize| &buf[lines[i].start..lines[i].end];
                // Kept cut short: a longer line is no printed field.
                let keep = |line: &[u8]| line[..line.len().min(printed::MAX_KEPT + 1)].to_vec();
                s.carry = match lines.len() {
                    0 => carry,
                    1 => [carry[1].clone(), Some(keep(line_at(0)))],
                    len => [Some(keep(line_at(len - 2))), Some(keep(line_at(len - 1)))],
                };
                // A failure waiting for evidence of a Huawei Cloud call: the lines around it are
                // searched, the previous piece's last ones and this piece.
                let first = n - lines.len() as u64;
                recent
                    .search(&mut s, matchers, Some((&buf, &lines, first)))
                    .map_err(ScanError::Sink)?;
                recent.keep(&buf, &lines, first);
                s.gate.read(n, &mut *s.sink).map_err(ScanError::Sink)?;
                s.stats.lines += lines.len() as u64;
                let _ = to_reader.send(buf);
            }
            Piece::Window {
                buf,
                until,
                ends_line,
            } => {
                s.flush_block().map_err(ScanError::Sink)?;
                s.carry = [None, None];
                let codes = extract::codes_in(&buf, options);
                let clue = matchers.has_clue(&buf);
                if matchers.names_huawei(&buf) {
                    s.gate.evidence(n, &mut *s.sink).map_err(ScanError::Sink)?;
                }
                s.unit(&buf, n, until, codes, clue, &printed::Before::NONE)
                    .map_err(ScanError::Sink)?;
                if ends_line {
                    n += 1;
                    s.stats.lines += 1;
                }
                let _ = to_reader.send(buf);
            }
        }
    }
    end_of_input(&mut s, &recent, matchers).map_err(ScanError::Sink)?;
    s.stats.bytes = reader.join().unwrap_or(0);
    match failure {
        Some(e) => Err(ScanError::Read(e, s.stats)),
        None => Ok(s.stats),
    }
}

/// What is still held at the input's end goes out: a block, a response, what waits for a status
/// or for the rest of its event, and (the evidence of the last lines searched) what waits at the
/// gate.
fn end_of_input<E>(
    s: &mut Scanner<'_, E>,
    recent: &Recent,
    matchers: &reader::Matchers,
) -> Result<(), E> {
    s.flush_block()?;
    s.close_response()?;
    s.settle_pending(None)?;
    s.release_held()?;
    recent.search(s, matchers, None)?;
    s.gate.flush(&mut *s.sink)
}

/// The last lines of the previous piece, with their numbers: the evidence of a Huawei Cloud
/// call before a failure that waits for it may stand there.
#[derive(Default)]
struct Recent(Vec<(u64, Vec<u8>)>);

impl Recent {
    /// The longest part of a line kept.
    const MAX_KEPT: usize = 4096;

    /// When a failure waits for evidence, searches these lines and the piece just scanned (its
    /// buffer, lines and first line's number) for some, and tells the gate where it stands.
    fn search<E>(
        &self,
        s: &mut Scanner<'_, E>,
        matchers: &reader::Matchers,
        piece: Option<(&[u8], &[reader::LineInfo], u64)>,
    ) -> Result<(), E> {
        if !s.gate.waiting() {
            return Ok(());
        }
        for (at, line) in &self.0 {
            if matchers.names_huawei(line) {
                s.gate.evidence(*at, &mut *s.sink)?;
            }
        }
        if let Some((buf, lines, first)) = piece {
            for at in matchers.evidence_lines(buf, lines, first) {
                s.gate.evidence(at, &mut *s.sink)?;
            }
        }
        Ok(())
    }

    /// Keeps the last lines of a piece, as far back as evidence may stand before a failure.
    fn keep(&mut self, buf: &[u8], lines: &[reader::LineInfo], first: u64) {
        self.0.clear();
        let tail = lines.len().saturating_sub(gate::BEFORE as usize);
        for (i, info) in lines.iter().enumerate().skip(tail) {
            let line = &buf[info.start..info.end];
            let kept = line[..line.len().min(Self::MAX_KEPT)].to_vec();
            self.0.push((first + i as u64, kept));
        }
    }
}
