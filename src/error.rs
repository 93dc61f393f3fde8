//! The one exit-code table, and the errors that end a run.

use std::fmt;
use std::io;

/// How a run ended, as an exit code. The same table holds for every subcommand.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Outcome {
    /// 0: everything asked for was found or explained.
    Found = 0,
    /// 1: something was not found: an unknown code, no search hit, no error in the input.
    NotFound = 1,
    /// 2: bad usage or unreadable input.
    Error = 2,
}

impl Outcome {
    /// The process exit code.
    pub fn code(self) -> u8 {
        self as u8
    }
}

/// An error that stops a run.
#[derive(Debug)]
pub enum Error {
    /// The command line asked for something impossible (exit 2).
    Usage(String),
    /// Writing the output failed (exit 2; a closed pipe is not reported).
    Output(io::Error),
}

impl Error {
    /// True when the reader went away (`| head`): not worth a message.
    pub fn is_broken_pipe(&self) -> bool {
        matches!(self, Error::Output(e) if e.kind() == io::ErrorKind::BrokenPipe)
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Usage(m) => f.write_str(m),
            Error::Output(e) => write!(f, "cannot write output: {e}"),
        }
    }
}

impl std::error::Error for Error {}

impl From<io::Error> for Error {
    fn from(e: io::Error) -> Self {
        Error::Output(e)
    }
}

/// Result of a run step.
pub type Result<T> = std::result::Result<T, Error>;
