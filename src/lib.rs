//! `ocr-err` explains Huawei Cloud OCR (文字识别) API error codes, offline, in English and Chinese.
//!
//! The library holds the catalog (compiled in from `codes/`), the lookup and the renderers; the
//! `ocr-err` binary is a thin shell over [`run`].
//!
//! ```
//! use ocr_err::catalog::{self, Lookup};
//!
//! // Any spelling a person might type reaches the same entry.
//! let Lookup::Found(entries) = catalog::lookup("ＡＩＳ．０１０４") else { unreachable!() };
//! let v = &entries[0].variants[0];
//! assert_eq!(v.message, "The image is not supported or the image quality is poor.");
//! assert_eq!(v.description.zh, "非支持的图片类型或图片质量差。");
//! assert_eq!(v.fix.zh.len(), 2);
//! ```

#![warn(clippy::print_stdout, clippy::print_stderr)]

mod app;
pub mod catalog;
pub mod cli;
pub mod completions;
pub mod decompress;
pub mod diagnose;
pub mod error;
pub mod explain;
pub mod input;
pub mod normalize;
pub mod output;
pub mod render;
pub mod request;
pub mod scan;
pub mod search;
pub mod settings;

pub use app::run;
pub use error::{Error, Outcome};
