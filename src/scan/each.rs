//! Many inputs scanned in turn or, on several threads, side by side: [`scan_each`]. Each input's
//! findings reach the sink together and in input order, as ripgrep keeps one file's matches
//! together, whichever thread scanned it.

use std::io::{self, Read};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, mpsc};
use std::thread;

use super::sink::{Batches, Handed, beside};
use super::{Options, Prepared, ScanError, Sink, Stats};

/// An input of [`scan_each`], opened (`None` passes it over: a binary file, say).
pub struct Opened {
    /// What is read.
    pub input: Box<dyn Read + Send>,
    /// Whether it may be a live stream (standard input, a pipe), whose findings are handed on as
    /// soon as the scan waits for more, rather than with the findings after them.
    pub live: bool,
}

/// A batch of findings of a file scanned by [`scan_each`] on a thread of its own: large, for few
/// hand-overs.
const FILE_BATCH: usize = 1024;

/// What became of one input.
#[derive(Debug)]
pub enum Scanned {
    /// Read to its end.
    Read(Stats),
    /// Passed over, as its opener asked.
    Skipped,
    /// Opening or reading it failed, after what the [`Stats`] count was read and scanned.
    Failed(io::Error, Stats),
}

/// A [`Sink`] for many inputs: told where each one starts and how it ended.
pub trait Each: Sink {
    /// Input `i`'s findings follow.
    fn start(&mut self, i: usize);
    /// Input `i` is done.
    fn done(&mut self, i: usize, scanned: Scanned) -> Result<(), Self::Error>;
}

/// How many of an input's batches of findings are held while an earlier input is written: a
/// bound on memory, whatever the inputs hold.
const HELD_BATCHES: usize = 4;

/// Scans inputs `0..count`, opened by `open`, into `sink`: input by input, in order. With
/// `threads` above one, that many inputs are scanned at once, each on a thread of its own; the
/// sink still takes them one by one, in order, on the calling thread, while later inputs wait in
/// bounded memory. With one thread, `beside_sink` scans each input beside the sink's work
/// ([`scan_beside`](super::scan_beside)) rather than on the calling thread. When the sink fails, the scans stop and
/// its error is returned.
pub fn scan_each<S: Each>(
    count: usize,
    threads: usize,
    options: Options,
    open: &(dyn Fn(usize) -> io::Result<Option<Opened>> + Sync),
    beside_sink: bool,
    sink: &mut S,
) -> Result<(), S::Error> {
    let threads = threads.min(count);
    // The searchers are built once for all the inputs: a folder may hold many small files.
    let prepared = Prepared::new(options);
    if threads <= 1 {
        for i in 0..count {
            sink.start(i);
            let scanned = scan_opened(open(i), |Opened { input, .. }| {
                if beside_sink {
                    beside(input, prepared.clone(), &mut *sink)
                } else {
                    prepared.scan_into(input, &mut *sink)
                }
            })?;
            sink.done(i, scanned)?;
        }
        return Ok(());
    }
    // Inputs are handed out in order under one lock, and each one's channel is queued in that
    // same order, so the calling thread takes them in input order. The queue is bounded: the
    // scans run at most a few inputs ahead of what is written. It ends when every scanning
    // thread has (each holds a sender of it).
    let (order, queue) = mpsc::sync_channel::<mpsc::Receiver<Handed>>(threads * 2);
    let next = Mutex::new(0usize);
    let stop = AtomicBool::new(false);
    thread::scope(|scope| {
        let mut failed = None;
        for _ in 0..threads {
            let (next, stop, order, prepared) = (&next, &stop, order.clone(), &prepared);
            let spawned = thread::Builder::new()
                .name("ocr-err-input".to_owned())
                .spawn_scoped(scope, move || {
                    scan_jobs(count, prepared, open, next, &order, stop);
                });
            if let Err(e) = spawned {
                // Fewer threads than asked for: those that started take all the inputs.
                failed = Some(e);
                break;
            }
        }
        drop(order);
        let written = take_in_order(&queue, sink);
        // The scans stop at their next hand-over, or before their next input.
        stop.store(true, Ordering::Relaxed);
        drop(queue);
        match (written, failed) {
            // Not one thread started: no input was read.
            (Ok(0), Some(e)) => (0..count).try_for_each(|i| {
                sink.start(i);
                let why = io::Error::new(e.kind(), format!("cannot start a thread: {e}"));
                sink.done(i, Scanned::Failed(why, Stats::default()))
            }),
            (written, _) => written.map(|_| ()),
        }
    })
}

/// The inputs' findings, one input after another, as the scanning threads hand them over.
fn take_in_order<S: Each>(
    queue: &mpsc::Receiver<mpsc::Receiver<Handed>>,
    sink: &mut S,
) -> Result<usize, S::Error> {
    let mut taken = 0;
    for (i, input) in queue.iter().enumerate() {
        taken += 1;
        sink.start(i);
        let mut scanned = None;
        for handed in &input {
            match handed {
                Handed::Findings(batch) => batch.into_iter().try_for_each(|f| sink.finding(f))?,
                Handed::CaughtUp => sink.caught_up()?,
                Handed::Done(s) => {
                    scanned = Some(s);
                    break;
                }
            }
        }
        let scanned = scanned.unwrap_or_else(|| {
            Scanned::Failed(io::Error::other("the scanner stopped"), Stats::default())
        });
        sink.done(i, scanned)?;
    }
    Ok(taken)
}

/// What became of an input once opened and, if it was, scanned by `scan`; `Err` with the sink's
/// error when the sink failed.
fn scan_opened<E>(
    opened: io::Result<Option<Opened>>,
    scan: impl FnOnce(Opened) -> Result<Stats, ScanError<E>>,
) -> Result<Scanned, E> {
    match opened {
        Err(e) => Ok(Scanned::Failed(e, Stats::default())),
        Ok(None) => Ok(Scanned::Skipped),
        Ok(Some(opened)) => match scan(opened) {
            Ok(stats) => Ok(Scanned::Read(stats)),
            Err(ScanError::Read(e, stats)) => Ok(Scanned::Failed(e, stats)),
            Err(ScanError::Sink(e)) => Err(e),
        },
    }
}

/// One scanning thread: takes the next input, scans it into a channel of its own, until none is
/// left or the calling thread stops taking.
fn scan_jobs(
    count: usize,
    prepared: &Prepared,
    open: &(dyn Fn(usize) -> io::Result<Option<Opened>> + Sync),
    next: &Mutex<usize>,
    order: &mpsc::SyncSender<mpsc::Receiver<Handed>>,
    stop: &AtomicBool,
) {
    while !stop.load(Ordering::Relaxed) {
        let (i, to) = {
            let Ok(mut next) = next.lock() else { return };
            let i = *next;
            if i >= count {
                return;
            }
            let (to, from) = mpsc::sync_channel(HELD_BATCHES);
            if order.send(from).is_err() {
                return;
            }
            *next += 1;
            (i, to)
        };
        let scanned = scan_opened(open(i), |Opened { input, live }| {
            let size = if live { Batches::SIZE } else { FILE_BATCH };
            let mut batches = Batches {
                batch: Vec::with_capacity(size),
                to: to.clone(),
                size,
                live,
            };
            let result = prepared.scan_into(input, &mut batches);
            batches.hand_over().map_err(ScanError::Sink).and(result)
        });
        // No one takes this input's findings any more.
        let Ok(scanned) = scanned else {
            return;
        };
        if to.send(Handed::Done(scanned)).is_err() {
            return;
        }
    }
}
