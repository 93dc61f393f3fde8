//! The scan's loop: a reader thread reads and cuts the input into pieces, and the calling
//! thread hands their lines to the [`Scanner`].

use std::io::{self, Read};
use std::sync::mpsc;
use std::thread;

use super::reader::{self, Piece};
use super::{Options, ScanError, Scanner, Sink, Stats, extract, printed};

/// [`scan_with`](super::scan_with), handing findings to a [`Sink`] that is told when the scan
/// has caught up with its input.
pub fn scan_into<E>(
    input: impl Read + Send + 'static,
    options: Options,
    sink: &mut dyn Sink<Error = E>,
) -> Result<Stats, ScanError<E>> {
    let (pieces, from_reader) = mpsc::sync_channel::<io::Result<Piece>>(2);
    let (to_reader, spare) = mpsc::channel::<Vec<u8>>();
    let matchers = std::sync::Arc::new(reader::Matchers::new(options));
    let reader_matchers = std::sync::Arc::clone(&matchers);
    let reader = thread::Builder::new()
        .name("ocr-err-reader".to_owned())
        .spawn(move || reader::read_pieces(input, options, &reader_matchers, &pieces, &spare))
        .map_err(ScanError::Read)?;
    let mut s = Scanner::new(sink, options);
    let mut n: u64 = 1;
    let mut failure = None;
    loop {
        let piece = match from_reader.try_recv() {
            Ok(piece) => piece,
            Err(mpsc::TryRecvError::Disconnected) => break,
            // All that was read is scanned: flush before waiting for more.
            Err(mpsc::TryRecvError::Empty) => {
                s.gate.flush(&mut *s.sink).map_err(ScanError::Sink)?;
                s.sink.caught_up().map_err(ScanError::Sink)?;
                match from_reader.recv() {
                    Ok(piece) => piece,
                    Err(mpsc::RecvError) => break,
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
            Piece::Lines { buf, lines, idle } => {
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
                // The input is waiting (a live log): what is held goes out now.
                if idle {
                    s.settle_pending(None).map_err(ScanError::Sink)?;
                    s.release_held().map_err(ScanError::Sink)?;
                    s.gate.flush(&mut *s.sink).map_err(ScanError::Sink)?;
                } else {
                    s.gate.read(n, &mut *s.sink).map_err(ScanError::Sink)?;
                }
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
                let clue = matchers.clues.is_match(&buf);
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
    s.flush_block().map_err(ScanError::Sink)?;
    s.close_response().map_err(ScanError::Sink)?;
    s.settle_pending(None).map_err(ScanError::Sink)?;
    s.release_held().map_err(ScanError::Sink)?;
    s.gate.flush(&mut *s.sink).map_err(ScanError::Sink)?;
    s.stats.bytes = reader.join().unwrap_or(0);
    match failure {
        Some(e) => Err(ScanError::Read(e)),
        None => Ok(s.stats),
    }
}
