//! The `ocr-err` binary: read the environment once, run, exit with the code the library returns.

use std::process::ExitCode;

fn main() -> ExitCode {
    let env = ocr_err::settings::Environment::from_process();
    ExitCode::from(ocr_err::run(std::env::args_os().collect(), &env))
}
