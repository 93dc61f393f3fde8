//! Where a scan's findings go: the [`Sink`] a scan hands them to, a closure as one
//! ([`scan_with`]), and [`scan_beside`], which scans on a thread of its own while the calling
//! thread takes the findings.

use std::io::{self, Read};
use std::sync::mpsc;
use std::thread;

use super::{Finding, Options, Prepared, ScanError, Stats, scan_into};

/// Where a scan's findings go.
pub trait Sink {
    /// Why the sink failed.
    type Error;
    /// Takes one finding, in input order.
    fn finding(&mut self, finding: Finding) -> Result<(), Self::Error>;
    /// The scan has handed over all it has found in what was read so far and is about to wait
    /// for more input: the moment to flush what was written (a live log's findings appear as they
    /// are found, while a file's are written in large blocks).
    fn caught_up(&mut self) -> Result<(), Self::Error> {
        Ok(())
    }
}

/// [`scan`](super::scan) with options.
pub fn scan_with<E>(
    input: impl Read + Send + 'static,
    options: Options,
    emit: &mut dyn FnMut(Finding) -> Result<(), E>,
) -> Result<Stats, ScanError<E>> {
    scan_into(input, options, &mut Emit(emit))
}

impl Prepared {
    /// [`scan_with`] with what is already built.
    pub fn scan_with<E>(
        &self,
        input: impl Read + Send + 'static,
        emit: &mut dyn FnMut(Finding) -> Result<(), E>,
    ) -> Result<Stats, ScanError<E>> {
        self.scan_into(input, &mut Emit(emit))
    }
}

/// A closure as a [`Sink`].
struct Emit<'a, E>(&'a mut dyn FnMut(Finding) -> Result<(), E>);

impl<E> Sink for Emit<'_, E> {
    type Error = E;
    fn finding(&mut self, finding: Finding) -> Result<(), E> {
        (self.0)(finding)
    }
}

/// What a scanning thread hands over: to [`scan_beside`], and to [`scan_each`](super::scan_each)
/// with an input's end.
pub(super) enum Handed {
    Findings(Vec<Finding>),
    CaughtUp,
    Done(super::Scanned),
}

/// The scanning thread's sink: findings gathered into batches, each batch handed over when full
/// or when the scan catches up with its input (then the caught-up mark follows it).
pub(super) struct Batches {
    pub(super) batch: Vec<Finding>,
    pub(super) to: mpsc::SyncSender<Handed>,
    /// Findings per batch.
    pub(super) size: usize,
    /// Whether the findings go over at once when the scan catches up with its input (a live
    /// log's), or only in full batches (a file's: its reader is never far behind).
    pub(super) live: bool,
}

impl Batches {
    /// Findings per batch: enough to make handing over cheap, few enough to stay small.
    pub(super) const SIZE: usize = 64;

    pub(super) fn hand_over(&mut self) -> Result<(), ()> {
        if self.batch.is_empty() {
            return Ok(());
        }
        let batch = std::mem::replace(&mut self.batch, Vec::with_capacity(self.size));
        self.to.send(Handed::Findings(batch)).map_err(|_| ())
    }
}

impl Sink for Batches {
    type Error = ();
    fn finding(&mut self, finding: Finding) -> Result<(), ()> {
        self.batch.push(finding);
        if self.batch.len() >= self.size {
            self.hand_over()?;
        }
        Ok(())
    }
    fn caught_up(&mut self) -> Result<(), ()> {
        if !self.live {
            return Ok(());
        }
        self.hand_over()?;
        self.to.send(Handed::CaughtUp).map_err(|_| ())
    }
}

/// [`scan_into`] on a thread of its own, the findings handed to `sink` on the calling thread:
/// for a sink with work of its own (explaining and writing each finding), which then runs beside
/// the scan rather than after it. Findings arrive in input order, in batches; `caught_up` is
/// called as [`scan_into`] would. When the sink fails, the scan stops.
pub fn scan_beside<E>(
    input: impl Read + Send + 'static,
    options: Options,
    sink: &mut dyn Sink<Error = E>,
) -> Result<Stats, ScanError<E>> {
    beside(input, Prepared::new(options), sink)
}

/// [`scan_beside`] with a scanner made ready before.
pub(super) fn beside<E>(
    input: impl Read + Send + 'static,
    prepared: Prepared,
    sink: &mut dyn Sink<Error = E>,
) -> Result<Stats, ScanError<E>> {
    let (to, from_scan) = mpsc::sync_channel::<Handed>(16);
    let scanning = thread::Builder::new()
        .name("ocr-err-scanner".to_owned())
        .spawn(move || {
            let mut batches = Batches {
                batch: Vec::with_capacity(Batches::SIZE),
                to,
                size: Batches::SIZE,
                live: true,
            };
            let result = prepared.scan_into(input, &mut batches);
            // The findings of the input's last lines.
            match (result, batches.hand_over()) {
                (Ok(_), Err(())) => Err(ScanError::Sink(())),
                (result, _) => result,
            }
        })
        .map_err(|e| ScanError::Read(e, Stats::default()))?;
    for handed in &from_scan {
        let done = match handed {
            Handed::Findings(batch) => batch.into_iter().try_for_each(|f| sink.finding(f)),
            Handed::CaughtUp => sink.caught_up(),
            Handed::Done(_) => Ok(()),
        };
        // The scan is not waited for: it may be waiting for input that never comes (`tail -f
        // app.log | ocr-err parse | head -1`). The receiver, dropped on return, stops it at its
        // next hand-over, as a failed sink stops the reader.
        done.map_err(ScanError::Sink)?;
    }
    match scanning.join() {
        Ok(Ok(stats)) => Ok(stats),
        Ok(Err(ScanError::Read(e, read))) => Err(ScanError::Read(e, read)),
        // The sink never failed, so neither did the hand-over.
        Ok(Err(ScanError::Sink(()))) | Err(_) => Err(ScanError::Read(
            io::Error::other("the scanner stopped"),
            Stats::default(),
        )),
    }
}
